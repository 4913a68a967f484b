import pytest
from django.core.management import CommandError, call_command

from ejrc.directory.domain.twinning_pairs import PlaceName
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
    # Knittelfeld as Germany and as Austria), and pairs named twice ("Meidling (Vienna)" and
    # "Vienna 12 – Meidling", "Tokyo – Arakawa" and "Arakawa (Tokyo)") are one twinning each.
    duplicates = report.problems_of("duplicate")
    assert report.stored + len(duplicates) == 266
    assert CooperationLink.objects.filter(kind="twinning").count() == report.stored == 242
    assert len([p for p in duplicates if "under two names" in p.detail]) == 15
    gifu = CooperationLink.objects.filter(jp_municipality_code="21201", eu_region__code="AT130")
    assert [link.eu_place for link in gifu] == ["Meidling (Vienna)"]
    arakawa = CooperationLink.objects.get(eu_place="Vienna 22 – Donaustadt")
    assert (arakawa.jp_place, arakawa.jp_municipality_code) == ("Arakawa (Tokyo)", "13118")
    # Neighbouring towns of one area stay apart, and so do a city and one of its districts.
    assert CooperationLink.objects.filter(jp_place="Ōshū", eu_place__in=["Breitenwang", "Reutte"]).count() == 2
    assert CooperationLink.objects.filter(eu_place__in=["Berlin", "Berlin – Mitte"], jp_prefecture__code="JP-13").count() == 2
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


def row(jp_city, eu_city, *, code="", jp_ja="", pref="JP-13", jp_point="35.72,139.77", eu_point="48.16,16.32",
        country="Austria", nuts3="AT130"):
    jp_lat, jp_lng = jp_point.split(",") if jp_point else ("", "")
    eu_lat, eu_lng = eu_point.split(",") if eu_point else ("", "")
    return (f"{jp_city},{jp_ja},{code},{pref[3:]},{pref},,,{jp_lat},{jp_lng},{eu_city},{country},yes,"
            f"{eu_lat},{eu_lng},{nuts3[:4]},,{nuts3},\n")


def test_one_pair_under_two_names_is_merged_and_the_report_says_why(places, tmp_path):
    path = write(tmp_path, HEADER
                 + row("Gifu", "Meidling (Vienna)", code="21201", pref="JP-21")
                 + row("Gifu", "Vienna 12 – Meidling", code="21201", pref="JP-21", eu_point="48.17,16.33")
                 + row("Tokyo – Arakawa", "Donaustadt (Vienna)", eu_point="48.26,16.47")
                 + row("Arakawa (Tokyo)", "Vienna 22 – Donaustadt", code="13118", jp_ja="荒川区", eu_point="48.27,16.47"))
    report = import_twinnings(path)
    assert (report.created, len(report.problems_of("duplicate"))) == (2, 2)
    assert [str(p) for p in report.problems_of("duplicate")] == [
        "line 3: Gifu – Vienna 12 – Meidling (merged into line 2, Gifu – Meidling (Vienna): "
        "Japan: municipality 21201; Europe: same place under two names in AT130)",
        "line 5: Arakawa (Tokyo) – Vienna 22 – Donaustadt (merged into line 4, Tokyo – Arakawa – Donaustadt (Vienna): "
        "Japan: same place under two names in JP-13; Europe: same place under two names in AT130)",
    ]
    arakawa = CooperationLink.objects.get(eu_place="Donaustadt (Vienna)")
    # The first row is kept, and takes what it lacked from the row merged into it.
    assert (arakawa.jp_place, arakawa.jp_place_ja, arakawa.jp_municipality_code) == ("Tokyo – Arakawa", "荒川区", "13118")
    assert "same pair as an earlier row (merged into it): 2" in report.lines()


@pytest.mark.parametrize(("first", "second"), [
    # two towns of one area, 1 km apart
    (row("Ōshū", "Breitenwang", code="03215", nuts3="AT331"), row("Ōshū", "Reutte", code="03215", nuts3="AT331")),
    # a city and one of its districts
    (row("Tokyo", "Berlin", country="Germany", nuts3="DE300"),
     row("Shinjuku (Tokyo)", "Berlin – Mitte", code="13104", country="Germany", nuts3="DE300")),
    # the same district name in two cities
    (row("Gifu", "Mitte (Berlin)", code="21201", pref="JP-21"), row("Gifu", "Mitte (Hamburg)", code="21201", pref="JP-21")),
    # the same name, 30 km apart
    (row("Gifu", "Neustadt", code="21201", pref="JP-21"),
     row("Gifu", "Neustadt (Wien)", code="21201", pref="JP-21", eu_point="48.43,16.32")),
    # two municipalities of one prefecture
    (row("Gifu", "Wels", code="21201", pref="JP-21", nuts3="AT312"),
     row("Gifu-shi", "Wels", code="21202", pref="JP-21", nuts3="AT312")),
    # the same place name in two NUTS regions
    (row("Gifu", "Sankt Georgen", code="21201", pref="JP-21", nuts3="AT312"),
     row("Gifu", "St. Georgen", code="21201", pref="JP-21", nuts3="AT211")),
])
def test_different_pairs_are_kept_apart(places, tmp_path, first, second):
    report = import_twinnings(write(tmp_path, HEADER + first + second))
    assert (report.created, report.problems_of("duplicate")) == (2, [])


def test_a_twinning_stored_earlier_under_a_merged_name_is_folded_into_the_kept_one(places, tmp_path):
    second = row("Gifu", "Vienna 12 – Meidling", code="21201", pref="JP-21")
    import_twinnings(write(tmp_path, HEADER + second))
    earlier = CooperationLink.objects.get()
    earlier.since = 1994
    earlier.save()
    report = import_twinnings(write(tmp_path, HEADER + row("Gifu", "Meidling (Vienna)", code="21201", pref="JP-21") + second))
    link = CooperationLink.objects.get()
    assert (link.eu_place, link.since) == ("Meidling (Vienna)", 1994)
    assert (report.created, report.folded) == (1, 1)
    assert "twinnings stored earlier under a merged row's names, folded into it: 1" in report.lines()
    again = import_twinnings(write(tmp_path, HEADER + row("Gifu", "Meidling (Vienna)", code="21201", pref="JP-21") + second))
    assert (again.created, again.updated, again.unchanged, again.folded) == (0, 0, 1, 0)


def test_a_row_changed_since_the_last_import_updates_its_twinning(places, tmp_path):
    """Failed before: the update named a field that does not exist (``updated_at``)."""
    import_twinnings(write(tmp_path, HEADER + row("Gifu", "Meidling (Vienna)", code="21201", pref="JP-21")))
    report = import_twinnings(write(tmp_path, HEADER + row("Gifu", "Meidling (Vienna)", code="21201", jp_ja="岐阜市", pref="JP-21")))
    assert (report.created, report.updated) == (0, 1)
    assert CooperationLink.objects.get().jp_place_ja == "岐阜市"


@pytest.mark.parametrize(("name", "place", "city"), [
    ("Meidling (Vienna)", "meidling", "vienna"),
    ("Vienna 12 – Meidling", "meidling", "vienna"),
    ("Tokyo - Arakawa", "arakawa", "tokyo"),
    ("Stratford-upon-Avon", "stratforduponavon", ""),
    ("Constanţa", "constanta", ""),
    ("Constanța", "constanta", ""),
])
def test_a_place_name_is_read_with_the_city_it_belongs_to(name, place, city):
    assert PlaceName.parse(name) == PlaceName(place, city)
