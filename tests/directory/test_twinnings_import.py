import pytest
from django.core.management import CommandError, call_command

from ejrc.directory.domain.twinnings import import_twinnings
from ejrc.directory.models import CooperationLink
from ejrc.geo.domain.nuts import import_nuts_files
from ejrc.geo.domain.reference import load_countries, load_prefectures

TWINNINGS = "links/japan_europe_twin_cities_wikipedia.csv"
HEADER = (
    "jp_city,jp_city_ja,jp_municipality_code,jp_pref_code,jp_iso3166_2,jp_pref_en,jp_pref_ja,"
    "jp_lat,jp_lng,eu_city,eu_country,eu_is_eu27,eu_lat,eu_lng,nuts2_2024,nuts2_name,nuts3_2024,nuts3_name\n"
)


@pytest.fixture
def places(db):
    load_countries()
    load_prefectures()


@pytest.fixture
def nuts(places, shared_data):
    import_nuts_files([shared_data / "nuts" / "nuts2024_regions_with_centroids.csv"])


def test_the_266_wikipedia_rows_are_loaded_and_the_defects_reported(nuts, shared_data):
    report = import_twinnings(shared_data / TWINNINGS)
    assert report.rows == 266
    # Rows repeated under two labels of one country ("England" / "England, United Kingdom",
    # Knittelfeld as Germany and as Austria) are one twinning: merged and reported.
    duplicates = report.problems_of("duplicate")
    assert report.stored + len(duplicates) == 266
    assert CooperationLink.objects.filter(kind="twinning").count() == report.stored == 257
    assert not report.problems_of("not_stored")

    assert {p.pair.split(" – ")[0] for p in report.problems_of("no_prefecture")} == {
        "Kumano", "Minamiashigara", "Okinoshima", "Sakuragawa",
    }
    assert len(report.problems_of("no_municipality_code")) == 20
    assert [p.detail for p in report.problems_of("country_corrected")] == ["Germany → Austria"]
    knittelfeld = CooperationLink.objects.get(eu_place="Knittelfeld")
    assert (knittelfeld.eu_country.code, knittelfeld.eu_region.code) == ("AT", "AT226")
    no_region = report.problems_of("no_region")
    assert len(no_region) == 48 and any("United Kingdom" in p.detail for p in no_region)

    sorrento = CooperationLink.objects.get(eu_place="Sorrento")
    assert (sorrento.eu_region.code, sorrento.jp_prefecture) == ("ITF33", None)
    biei = CooperationLink.objects.get(jp_place="Biei")
    assert (biei.jp_place_ja, biei.jp_municipality_code, biei.jp_prefecture.code) == ("美瑛町", "01459", "JP-01")
    assert biei.source == "Wikipedia (CC BY-SA 4.0)"
    assert CooperationLink.objects.get(eu_place="London").eu_country.code == "GB"


def test_reimport_is_idempotent(places, shared_data):
    first = import_twinnings(shared_data / TWINNINGS)
    again = import_twinnings(shared_data / TWINNINGS)
    assert (again.created, again.updated, again.unchanged) == (0, 0, first.stored)
    # Without NUTS regions, the rows with a NUTS code are reported as not placed in a region.
    assert len(first.problems_of("region_not_imported")) == 266 - 48


def write(tmp_path, text):
    path = tmp_path / "twinnings.csv"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_rows_that_cannot_be_stored_are_reported_not_fatal(places, tmp_path, capsys):
    path = write(tmp_path, HEADER
                 + "Gifu,岐阜市,21201,21,JP-21,Gifu,岐阜県,,,Atlantis,Atlantis,no,,,,,,\n"
                 + ",,,,,,,,,Nowhere,France,yes,,,,,,\n"
                 + "Gifu,岐阜市,21201,21,JP-99,Gifu,岐阜県,,,Cincinnati,Wales,no,,,,,,\n")
    call_command("import_twinnings", path)
    out = capsys.readouterr().out
    assert "3 rows read; 1 twinnings stored" in out
    assert "line 2: Gifu – Atlantis (unknown country 'Atlantis')" in out
    assert "line 3:  – Nowhere (a city name is missing)" in out
    assert "unknown prefecture code: 1" in out
    link = CooperationLink.objects.get()
    assert (link.eu_country.code, link.jp_prefecture) == ("GB", None)


@pytest.mark.parametrize(("content", "message"), [
    ("city;country\nGifu;France\n", "missing column(s) jp_city, eu_city, eu_country"),
    (HEADER + "Gifu,岐阜市,21201,21,JP-21,Gifu,岐阜県,,,Nice,France,yes,,,,,,,extra\n", "line 2: too many fields"),
])
def test_malformed_files_import_nothing(places, tmp_path, content, message):
    with pytest.raises(CommandError, match="Nothing was imported") as error:
        call_command("import_twinnings", write(tmp_path, content))
    assert message in str(error.value)
    assert not CooperationLink.objects.exists()
