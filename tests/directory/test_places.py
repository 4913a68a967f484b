"""What the directory keeps about a place: its organisations and its cooperation links."""

import pytest
from django.template import Context, Template

from directory.factories import OrganisationFactory
from ejrc.directory.domain.places import links_for_place, published_organisations_in
from ejrc.directory.models import CooperationLink
from ejrc.geo.models import Country, Prefecture
from geo.conftest import countries, prefectures  # noqa: F401 (fixtures)
from geo.factories import CooperationLinkFactory, RegionFactory


def test_links_for_place_covers_the_region_and_its_descendants(prefectures):
    top = RegionFactory(code="FR1")
    child = RegionFactory(code="FR10", parent=top)
    grandchild = RegionFactory(code="FR101", parent=child)
    elsewhere = RegionFactory(code="FR2")
    deep = CooperationLinkFactory(eu_region=grandchild)
    direct = CooperationLinkFactory(eu_region=top)
    CooperationLinkFactory(eu_region=elsewhere, jp_prefecture=prefectures["JP-13"])
    assert set(links_for_place(region=top)) == {deep, direct}
    assert set(links_for_place(region=grandchild)) == {deep}
    gifu_links = set(links_for_place(prefecture=prefectures["JP-21"]))
    assert gifu_links == {deep, direct}
    assert len(links_for_place(prefecture=prefectures["JP-13"], region=top)) == 3
    assert not links_for_place().exists()
    assert not published_organisations_in().exists()


def test_a_country_level_region_takes_the_links_and_organisations_of_its_country(prefectures):
    france = RegionFactory(code="FR", level=0)
    unplaced = CooperationLinkFactory(eu_region=None)
    in_region = CooperationLinkFactory(eu_region=RegionFactory(code="FR1", parent=france))
    organisation = OrganisationFactory(region=None)
    assert set(links_for_place(region=france)) == {unplaced, in_region}
    assert list(published_organisations_in(region=france)) == [organisation]


LINKS_PAGE_QUERIES = 4  # count, one page of links, the two filters' choices


def test_the_links_list_takes_as_many_queries_for_one_link(client, prefectures, django_assert_num_queries):
    CooperationLinkFactory(eu_place="Sintra", eu_country=Country.objects.get(code="PT"))
    with django_assert_num_queries(LINKS_PAGE_QUERIES):
        page = client.get("/en/directory/links/").content.decode()
    assert "Sintra" in page and "1 link" in page


@pytest.fixture
def many_links(prefectures):
    paris = RegionFactory(code="FR101")
    austria = Country.objects.get(code="AT")
    osaka = Prefecture.objects.get(code="JP-27")
    for n in range(60):
        CooperationLinkFactory(eu_place=f"Ville {n:02d}", eu_region=paris)
    CooperationLinkFactory(eu_place="Graz", eu_country=austria, jp_prefecture=osaka,
                           kind=CooperationLink.Kind.AGREEMENT)


@pytest.mark.parametrize("language", ["en", "ja"])
def test_links_list_is_paginated(client, many_links, language, django_assert_num_queries):
    with django_assert_num_queries(LINKS_PAGE_QUERIES):
        response = client.get(f"/{language}/directory/links/")
    assert response.status_code == 200
    assert response.context["page"].paginator.count == 61
    assert len(response.context["links"]) == 50
    second = client.get(f"/{language}/directory/links/?page=2")
    assert len(second.context["links"]) == 11


def test_links_list_filters_by_country_and_prefecture(client, many_links):
    response = client.get("/en/directory/links/?country=AT")
    assert [link.eu_place for link in response.context["links"]] == ["Graz"]
    response = client.get("/en/directory/links/?prefecture=JP-21&country=FR")
    assert response.context["page"].paginator.count == 60
    response = client.get("/ja/directory/links/?prefecture=JP-27")
    page = response.content.decode()
    assert "Graz" in page and "大阪府" in page and "オーストリア" in page


def test_a_bad_filter_is_explained_and_the_list_still_shown(client, many_links):
    response = client.get("/en/directory/links/?country=ZZ&page=abc")
    assert response.status_code == 200
    assert response.context["form"].errors["country"]
    assert response.context["page"].paginator.count == 61


def test_links_list_include_takes_a_plain_list(prefectures):
    link = CooperationLinkFactory(jp_place="Kameoka", jp_place_ja="亀岡市", eu_place="Knittelfeld",
                                  eu_country=Country.objects.get(code="AT"))
    html = Template('{% include "directory/links_list.html" with links=links %}').render(Context({"links": [link]}))
    assert "亀岡市" in html and "Knittelfeld" in html and "/places/jp/JP-21/" in html
    empty = Template('{% include "directory/links_list.html" with links=links %}').render(Context({"links": []}))
    assert "No known twinnings" in empty
