"""Japanese readings in the search document, and the PostgreSQL indexes behind the search.

The same searches pass on SQLite and PostgreSQL; on PostgreSQL the plans use the indexes.
"""

import pytest
from directory.factories import OrganisationFactory, country
from django.db import connection

from ejrc.directory.domain.readings import readings, to_romaji
from ejrc.directory.domain.search import refresh_search_text, search_directory
from ejrc.directory.domain.search_engine import filter_terms
from ejrc.directory.domain.search_params import SearchParams
from ejrc.directory.models import Organisation

pytestmark = pytest.mark.django_db


def indexed(**fields):
    organisation = OrganisationFactory(**fields)
    refresh_search_text(organisation)
    return organisation


def found(query):
    return [o.name_en for o in search_directory(params=SearchParams(query=query)).page]


def test_readings_give_hiragana_and_romaji_with_and_without_long_vowels():
    assert readings("水素") == ["すいそ", "suiso"]
    assert readings("東京都") == ["とうきょうと", "toukyouto", "tokyoto"]
    assert readings("Hydrogen") == []
    assert to_romaji("しゃちょう") == "shachou"
    assert to_romaji("きって") == "kitte"
    assert to_romaji("まっちゃ") == "matcha"
    assert to_romaji("らーめん") == "raamen"


def test_a_kanji_term_is_found_by_its_kana_reading_and_its_romaji():
    indexed(name_en="Hydrogen valley", description_ja="<p>水素エネルギーの研究開発拠点です。</p>")
    indexed(name_en="Battery cluster", description_en="Batteries")
    for query in ["水素", "すいそ", "スイソ", "suiso", "SUISO"]:
        assert found(query) == ["Hydrogen valley"], query


def test_gifu_finds_a_profile_written_only_in_japanese():
    indexed(name_en="Org 1", name_ja="岐阜県中小企業団体中央会", description_en="-",
            description_ja="岐阜県の中小企業を支えます。", country=country("JP"), prefecture=None)
    indexed(name_en="Org 2", name_ja="長野県の会", description_en="-", country=country("JP"), prefecture=None)
    assert found("gifu") == ["Org 1"]
    assert found("ぎふ") == ["Org 1"]
    assert found("nagano") == ["Org 2"]


def test_two_character_japanese_and_short_latin_terms_match_as_before():
    indexed(name_en="Gifu pottery", name_ja="岐阜の陶磁器", description_en="Mino ware")
    indexed(name_en="Hida wood", name_ja="飛騨の木工", description_en="Furniture from the EU")
    assert found("岐阜") == ["Gifu pottery"]
    assert found("陶") == ["Gifu pottery"]
    assert found("eu") == ["Hida wood"]
    assert found("木工 飛騨") == ["Hida wood"]
    assert found("岐阜 木工") == []


def _plan(queryset):
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")  # a test table is tiny: ask what an index can do
        try:
            return queryset.explain()
        finally:
            cursor.execute("SET enable_seqscan = on")


@pytest.mark.postgres
def test_on_postgresql_short_terms_use_the_grams_index_and_long_ones_the_trigram_index():
    if connection.vendor != "postgresql":
        pytest.skip("the indexes exist on PostgreSQL only")
    indexed(name_en="Gifu pottery", name_ja="岐阜の陶磁器")
    short = _plan(filter_terms(Organisation.objects.all(), ["岐阜"]))
    assert "directory_organisation_search_grams" in short
    long = _plan(filter_terms(Organisation.objects.all(), ["pottery"]))
    assert "directory_organisation_search_trgm" in long
