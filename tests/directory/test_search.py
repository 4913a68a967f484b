"""The search document, matching and ranking (directory/domain/search.py)."""

import pytest
from directory.factories import OrganisationFactory, SectorFactory, country, prefecture, region

from ejrc.directory.domain.search import normalise, query_terms, refresh_search_text, search_directory
from ejrc.directory.domain.search_params import SearchParams, Sort
from ejrc.directory.models import (
    CooperationInterest,
    Label,
    Organisation,
    OrganisationInterest,
    OrganisationStatus,
)

pytestmark = pytest.mark.django_db


def indexed(**fields):
    organisation = OrganisationFactory(**fields)
    refresh_search_text(organisation)
    return organisation


def found(query="", **selected):
    data = {"q": query, **{key: list(values) for key, values in selected.items()}}
    params = SearchParams(query=data.pop("q"), selected={k: tuple(v) for k, v in data.items()})
    return [organisation.name_en for organisation in search_directory(params=params).page]


def test_normalise_folds_width_case_accents_and_katakana_but_keeps_japanese():
    assert normalise("  Île-de-FRANCE ") == "ile-de-france"
    assert normalise("ＧＩＦＵ　岐阜") == "gifu 岐阜"
    assert normalise("ギフ") == "ぎふ"
    assert normalise("ガス") == "がす"  # dakuten survive: only Latin accents are dropped
    assert normalise("Straße") == "strasse"


def test_query_terms_split_on_spaces_keep_phrases_and_japanese_runs():
    assert query_terms('gifu  "new energy", 岐阜のクラスター') == ["gifu", "new energy", "岐阜のくらすたー"]
    assert query_terms("   ") == []


def test_refresh_search_text_builds_the_document_without_touching_updated():
    organisation = OrganisationFactory(
        japanese=True, name_en="Gifu Aero", description_en="<b>Wings</b> &amp; more", city="Kakamigahara"
    )
    organisation.sectors.add(SectorFactory(name_en="Aerospace", name_ja="航空宇宙"))
    organisation.interests.create(interest=CooperationInterest.TOURISM)
    organisation.third_countries.add(country("VN"))
    Label.objects.create(organisation=organisation, kind=Label.Kind.EXCELLENCE_GOLD)
    before = type(organisation).objects.get(pk=organisation.pk).updated
    refresh_search_text(organisation)
    organisation.refresh_from_db()
    text = organisation.search_text
    for expected in ["gifu aero", "岐阜県", "岐阜", "japan", "日本", "kakamigahara", "航空宇宙",
                     "tourism", "観光", "viet nam", "ベトナム", "gold", "wings & more",
                     "cluster", "クラスター", "chubu"]:
        assert normalise(expected) in text, expected
    assert "<b>" not in text
    assert organisation.search_name == f"\ngifu aero\n{organisation.name_ja}\n"
    assert "岐阜" in organisation.search_place and "航空宇宙" in organisation.search_sectors
    assert organisation.updated == before


def test_japanese_prefecture_finds_the_profile_in_kanji_with_or_without_suffix_and_in_kana():
    gifu = prefecture("JP-21")
    gifu.name_kana = "ぎふけん"
    gifu.save()
    indexed(japanese=True, name_en="Gifu cluster")
    indexed(name_en="Lyon cluster")
    assert found("岐阜") == ["Gifu cluster"]
    assert found("岐阜県") == ["Gifu cluster"]
    assert found("ぎふ") == ["Gifu cluster"]
    assert found("ギフ") == ["Gifu cluster"]


def test_japanese_query_matches_the_japanese_description():
    indexed(name_en="Hydrogen valley", description_ja="<p>水素エネルギーの研究開発拠点です。</p>")
    indexed(name_en="Other")
    assert found("水素エネルギー") == ["Hydrogen valley"]
    assert found("すいそ") == ["Hydrogen valley"]  # its reading (test_search_readings.py)


def test_english_query_multi_term_and_accents():
    indexed(name_en="Aerospace Valley", description_en="Aircraft and drones in Occitanie")
    indexed(name_en="Île-de-France Region", description_en="Paris region")
    indexed(name_en="Drone makers", description_en="Small drones")
    assert found("DRONES") == ["Aerospace Valley", "Drone makers"]
    assert found("drones occitanie") == ["Aerospace Valley"]  # every term must match
    assert found("drones paris") == []
    assert found("ile") == ["Île-de-France Region"]
    assert found("Île") == ["Île-de-France Region"]


def test_place_names_of_parent_regions_are_searchable():
    parent = region("FRK", "Auvergne-Rhône-Alpes", level=1)
    child = region("FRK2", "Rhône-Alpes", level=2)
    child.parent = parent
    child.save()
    indexed(name_en="Lyon biotech", region=child)
    assert found("auvergne") == ["Lyon biotech"]


def test_ranking_name_exact_then_prefix_then_contains_then_place_then_description():
    indexed(name_en="Plain", description_en="All about robotics")
    indexed(name_en="Kyushu Robotics Network")
    indexed(name_en="Robotics Alliance")
    indexed(name_en="Robotics")
    sector_match = indexed(name_en="Machines")
    sector_match.sectors.add(SectorFactory(name_en="Robotics and automation"))
    refresh_search_text(sector_match)
    assert found("robotics") == [
        "Robotics", "Robotics Alliance", "Kyushu Robotics Network", "Machines", "Plain",
    ]


def test_ties_are_broken_by_name_and_other_sorts():
    indexed(name_en="Beta", description_en="solar")
    indexed(name_en="Alpha", description_en="solar")
    assert found("solar") == ["Alpha", "Beta"]
    params = SearchParams(query="", sort=Sort.UPDATED)
    gamma = indexed(name_en="Gamma")
    assert search_directory(params=params).page[0] == gamma


def test_unpublished_profiles_never_appear():
    indexed(name_en="Visible")
    for status in [OrganisationStatus.PENDING, OrganisationStatus.REJECTED, OrganisationStatus.ARCHIVED]:
        indexed(name_en=f"Hidden {status}", status=status)
    assert found("") == ["Visible"]
    assert found("hidden") == []


def test_search_params_drop_malformed_values_and_unknown_sorts():
    from django.http import QueryDict

    params = SearchParams.from_querydict(QueryDict(
        "q=%20gifu%20&kind=cluster&kind=cluster&kind=%3Cscript%3E&sort=nonsense&country=" + "x" * 50
    ))
    assert params.query == "gifu"
    assert params.selected == {"kind": ("cluster",)}
    assert params.sort == Sort.RELEVANCE


def test_refresh_reads_relations_afresh_even_after_a_prefetch():
    organisation = OrganisationFactory(name_en="Prefetched")
    organisation = Organisation.objects.prefetch_related("interests").get(pk=organisation.pk)
    assert list(organisation.interests.all()) == []
    OrganisationInterest.objects.create(organisation=organisation, interest=CooperationInterest.TRADE)
    refresh_search_text(organisation)
    assert "trade" in organisation.search_text
