import pytest
from directory.factories import OrganisationFactory

from ejrc.directory.models import OrganisationStatus

pytestmark = pytest.mark.django_db


def test_home_shows_the_directory_in_figures_and_its_newest_profiles(client, django_assert_num_queries):
    OrganisationFactory(name_en="Lyon Optics")
    OrganisationFactory(name_en="Tokai Wings", name_ja="東海ウイングス", japanese=True)
    OrganisationFactory(name_en="Secret Draft", status=OrganisationStatus.PENDING, published_at=None)
    with django_assert_num_queries(5):  # 3, and 2 for the partnering figures (home_sections)
        page = client.get("/ja/").content.decode()
    assert "<strong>1</strong> 件の欧州のプロフィール" in page
    assert "<strong>1</strong> 件の日本のプロフィール" in page
    title = page.split("<title>", 1)[1].split("</title>", 1)[0]
    assert title.startswith("ホーム") and "東海ウイングス" not in title
    newest = page.split('<ul class="newest">', 1)[1].split("</ul>", 1)[0]
    assert "東海ウイングス" in newest and "Secret Draft" not in page
