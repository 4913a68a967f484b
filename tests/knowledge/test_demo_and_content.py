"""The knowledge demo (real programmes, both languages, once), the library's search and facets,
EPA guides linked from profiles in their sectors, and news in the reader's language."""

import pytest
from directory.factories import SectorFactory
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from knowledge.factories import post, published_practice

from ejrc.geo.domain.reference import load_countries, load_prefectures
from ejrc.knowledge.models import BestPractice, EpaGuide, Initiative, Instrument, Post


@pytest.mark.django_db
def test_the_demo_names_real_programmes_in_both_languages_once(capsys):
    load_countries()
    load_prefectures()
    call_command("load_demo_content")
    call_command("load_demo_content")
    slugs = set(Instrument.objects.values_list("slug", flat=True))
    assert {"horizon-europe", "interreg", "smp-cluster-actions", "een-services", "eu-japan-centre-programmes",
            "jetro-rit"} == slugs
    assert not Instrument.objects.filter(name_ja="").exists()
    assert Initiative.objects.count() == 5 and EpaGuide.objects.count() == 3
    assert Post.objects.filter(language="ja").count() == Post.objects.filter(language="en").count() == 3
    # One case in both languages, one in English only: both published.
    assert sorted(BestPractice.objects.filter(status="published").values_list("language", flat=True)) == [
        "en", "en", "ja"]
    assert "knowledge: 0 funding instruments" in capsys.readouterr().out


def test_the_library_searches_in_either_language_with_facets(client, cluster, author, staff, gifu):
    hydrogen = SectorFactory(code="H2", name_en="Fuel cells", name_ja="燃料電池")
    published_practice(author=author, organisation=cluster, reviewer=staff, title="Fuel cells together",
                       sectors=[hydrogen])
    published_practice(author=author, organisation=cluster, reviewer=staff, title="Wine exports", cooperation_type="trade")
    found = client.get(reverse("knowledge:library"), {"q": "燃料電池"}).context["results"]
    assert [case.title for case in found.page.object_list] == ["Fuel cells together"]
    trade = client.get(reverse("knowledge:library"), {"type": "trade"}).context["results"]
    assert [case.title for case in trade.page.object_list] == ["Wine exports"]
    assert {facet.key for facet in trade.facets} >= {"type", "country", "kind"}


def test_an_epa_guide_shows_on_profiles_of_its_sectors(client, cluster, gifu):
    automotive = SectorFactory(code="AUTO", name_en="Automotive")
    cluster.sectors.add(automotive)
    guide = EpaGuide.objects.create(slug="auto", title_en="The EPA for cars", body_en="<p>Guide<script>x</script></p>")
    guide.sectors.add(automotive)
    assert "<script" not in EpaGuide.objects.get().body_en
    assert "The EPA for cars" in client.get(cluster.get_absolute_url()).content.decode()
    assert "The EPA for cars" not in client.get(gifu.get_absolute_url()).content.decode()


def test_news_shows_the_readers_language_and_falls_back_to_the_other(client, db):
    english = post("Hydrogen strategy")
    post("水素戦略", language="ja", translation_key=english.translation_key)
    post("Only in English")
    with translation.override("ja"):
        titles = [p.title for p in client.get(reverse("knowledge:news")).context["page"].object_list]
    assert sorted(titles) == sorted(["水素戦略", "Only in English"])
    assert client.get(reverse("knowledge:post", kwargs={"pk": Post.objects.create(
        title="Draft", language="en").pk})).status_code == 404
