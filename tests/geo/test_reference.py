import pytest

from ejrc.geo.domain.reference import (
    load_countries,
    load_fallback_regions,
    load_prefectures,
    read_prefecture_rows,
)
from ejrc.geo.models import JAPANESE_AREAS, Country, CountryGroup, Prefecture, Region
from geo.factories import RegionFactory


@pytest.mark.django_db
def test_countries_are_all_loaded_with_japanese_names_and_again_without_duplicates():
    first = load_countries()
    again = load_countries()
    assert first["created"] == Country.objects.count() >= 250
    assert again == {"created": 0, "updated": 0, "unchanged": first["created"]}
    assert Country.objects.get(code="JP").name_ja == "日本"
    assert Country.objects.get(code="FR").name_ja == "フランス"
    assert Country.objects.get(code="XK").name_en == "Kosovo"  # NUTS and the EU use XK


@pytest.mark.django_db
@pytest.mark.parametrize(("code", "group"), [
    ("FR", CountryGroup.EU), ("GR", CountryGroup.EU), ("CY", CountryGroup.EU),
    ("NO", CountryGroup.EEA_EFTA), ("CH", CountryGroup.EEA_EFTA), ("IS", CountryGroup.EEA_EFTA),
    ("JP", CountryGroup.JAPAN),
    ("VN", CountryGroup.SOUTH_EAST_ASIA), ("TL", CountryGroup.SOUTH_EAST_ASIA),
    ("NG", CountryGroup.AFRICA), ("ZA", CountryGroup.AFRICA),
    ("BR", CountryGroup.LATIN_AMERICA), ("JM", CountryGroup.LATIN_AMERICA),
    ("GB", CountryGroup.EU_NEIGHBOURHOOD), ("UA", CountryGroup.EU_NEIGHBOURHOOD),
    ("MA", CountryGroup.EU_NEIGHBOURHOOD), ("RS", CountryGroup.EU_NEIGHBOURHOOD),
    ("US", CountryGroup.OTHER), ("CN", CountryGroup.OTHER),
])
def test_country_groups(code, group):
    load_countries()
    assert Country.objects.get(code=code).group == group


@pytest.mark.django_db
def test_group_sizes():
    load_countries()
    assert Country.objects.filter(group=CountryGroup.EU).count() == 27
    assert Country.objects.filter(group=CountryGroup.EEA_EFTA).count() == 4
    assert Country.objects.filter(group=CountryGroup.SOUTH_EAST_ASIA).count() == 11


@pytest.mark.django_db
def test_the_47_prefectures():
    assert load_prefectures() == {"created": 47, "updated": 0, "unchanged": 0}
    Prefecture.objects.filter(code="JP-21").update(name_en="Gihu")
    assert load_prefectures() == {"created": 0, "updated": 1, "unchanged": 46}
    gifu = Prefecture.objects.get(code="JP-21")
    assert (gifu.jis_code, gifu.name_en, gifu.name_ja, gifu.area) == ("21", "Gifu", "岐阜県", "chubu")
    assert (gifu.capital_en, gifu.capital_ja, gifu.name_kana) == ("Gifu", "岐阜市", "ぎふけん")
    assert gifu.latitude == pytest.approx(35.39, abs=0.01)
    assert gifu.longitude == pytest.approx(136.72, abs=0.01)
    names = dict(Prefecture.objects.values_list("code", "name_ja"))
    assert [names[c] for c in ("JP-01", "JP-13", "JP-26", "JP-27")] == ["北海道", "東京都", "京都府", "大阪府"]
    areas = {key for key, _ in JAPANESE_AREAS}
    assert set(Prefecture.objects.values_list("area", flat=True)) == areas
    assert Prefecture.objects.filter(area="kyushu_okinawa").count() == 8


def test_prefecture_list_agrees_with_the_reference_data(shared_data):
    """Our own list against the compiled file in ../shared/data (names, codes, office positions)."""
    import csv

    with open(shared_data / "japan" / "japan_prefectures.csv", encoding="utf-8") as handle:
        reference = {row["iso3166_2"]: row for row in csv.DictReader(handle)}
    for row in read_prefecture_rows():
        other = reference[row["iso_code"]]
        assert (row["jis_code"], row["name_en"], row["name_ja"]) == (
            other["jis_code"], other["name_en"], other["name_ja"]
        )
        assert float(row["office_lat"]) == pytest.approx(float(other["office_lat"]), abs=0.01)
        assert float(row["office_lon"]) == pytest.approx(float(other["office_lon"]), abs=0.01)


@pytest.mark.django_db
def test_fallback_regions_follow_the_iso_hierarchy():
    load_countries()
    counts = load_fallback_regions()
    assert counts["created"] > 1000
    assert load_fallback_regions()["unchanged"] == counts["created"]
    regions = Region.objects.filter(scheme=Region.Scheme.ISO)
    assert not regions.exclude(country__group__in=["eu", "eea_efta"]).exists()
    grand_est = regions.get(code="FR-GES")
    assert (grand_est.level, grand_est.parent, grand_est.country.code) == (1, None, "FR")
    cantal = regions.get(code="FR-15")
    assert (cantal.level, cantal.parent.code) == (2, "FR-ARA")
    assert regions.get(code="DE-BY").name_ja == "バイエルン"
    assert regions.filter(country__code="NO").exists()


@pytest.mark.django_db
def test_no_fallback_regions_once_nuts_regions_exist():
    load_countries()
    RegionFactory(code="FR")
    assert load_fallback_regions()["created"] == 0
    assert not Region.objects.filter(scheme=Region.Scheme.ISO).exists()
