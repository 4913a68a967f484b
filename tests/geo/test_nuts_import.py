import json

import pytest
from django.core.management import CommandError, call_command

from directory.factories import OrganisationFactory
from ejrc.geo.domain.nuts import import_nuts_file, import_nuts_files
from ejrc.geo.domain.reference import load_fallback_regions
from ejrc.geo.models import Region
from ejrc.geo.signals import regions_changed
from geo.conftest import EUROSTAT_CODES, NUTS_FILES
from geo.factories import square

EUROSTAT_HEADER = "country_code;nuts_code;nuts_label;nuts_level;country_order;row_order\n"
CENTROIDS_HEADER = (
    "nuts_id,level,country_code,parent_id,name_latn,name_native,repr_point_lon,repr_point_lat\n"
)


def eu_nuts2():
    return Region.objects.filter(scheme="nuts", level=2, country__group="eu").exclude(code__endswith="Z")


def test_the_nuts_2024_files_give_244_eu_regions_at_level_2(nuts):
    assert eu_nuts2().count() == 244
    assert nuts.per_level[0] == 39
    bavaria = Region.objects.get(code="DE2")
    assert (bavaria.name_en, bavaria.level, bavaria.parent.code, bavaria.country.code) == (
        "Bayern", 1, "DE", "DE",
    )
    assert Region.objects.get(code="DE212").parent.code == "DE21"
    greece = Region.objects.get(code="EL")
    assert (greece.country.code, greece.name_native) == ("GR", "Ελλάδα")
    assert Region.objects.get(code="EL30").latitude == pytest.approx(38.0, abs=0.5)
    assert Region.objects.get(code="FRK2").version == "2024"


def test_boundaries_are_present_and_light(nuts):
    with_boundary = Region.objects.exclude(boundary=None)
    assert with_boundary.filter(level=2).count() == Region.objects.filter(level=2).count()
    assert not with_boundary.filter(level=3).exists()  # the GeoJSON has levels 0-2
    sizes = [len(json.dumps(b)) for b in with_boundary.values_list("boundary", flat=True)]
    assert max(sizes) < 8000
    assert sum(sizes) / len(sizes) < 3000


def test_reimport_changes_nothing(nuts, shared_data):
    before = dict(Region.objects.values_list("code", "name_en"))
    again = import_nuts_files([shared_data / name for name in NUTS_FILES])
    assert (again.created, again.updated) == (0, 0)
    assert dict(Region.objects.values_list("code", "name_en")) == before


def test_the_eurostat_code_list_alone(countries, shared_data):
    summary = import_nuts_file(shared_data / EUROSTAT_CODES)
    assert eu_nuts2().count() == 244
    assert summary.per_level[0] == 27  # countries added from the country list
    assert Region.objects.get(code="FR").name_en == "France"
    bulgaria = Region.objects.get(code="BG3")
    assert bulgaria.name_native.startswith("Северна")
    assert bulgaria.name_en == bulgaria.name_native  # no Latin name in this file


def test_command_prints_a_summary(countries, shared_data, capsys):
    call_command("import_nuts", str(shared_data / NUTS_FILES[0]))
    out = capsys.readouterr().out
    assert "level 2: 299" in out
    assert "created 1798" in out


def test_nuts_replaces_the_iso_fallback_regions(countries, shared_data):
    load_fallback_regions()
    in_bavaria = OrganisationFactory(region=Region.objects.get(code="DE-BY"))
    in_unknown = OrganisationFactory(region=Region.objects.get(code="FR-69M"))  # no NUTS name
    iso_regions = Region.objects.filter(scheme=Region.Scheme.ISO)
    before = iso_regions.count()
    summary = import_nuts_files([shared_data / NUTS_FILES[0]])
    assert not iso_regions.filter(country__code__in=["DE", "FR"]).exists()
    assert summary.fallback_removed == before - iso_regions.count() > 1000
    in_bavaria.refresh_from_db()
    in_unknown.refresh_from_db()
    assert in_bavaria.region.code == "DE2"
    assert in_unknown.region is None
    assert summary.fallback_matched < summary.fallback_removed
    assert "organisations: 1 moved to the NUTS region of the same name, 1 left without a region" in str(summary)


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(("name", "content", "message"), [
    ("bad.csv", "code;label\nFR1;Île-de-France\n", "unrecognised header"),
    ("commas.csv", EUROSTAT_HEADER.replace(";", ",") + "FR,FR1,Ile,1,1,1\n", "separated by ';'"),
    ("country.csv", EUROSTAT_HEADER + "FR;FR1;Ile;1;1;1\nQQ;QQ1;Nowhere;1;2;2\n",
     "unknown country code 'QQ' (region QQ1)"),
    ("level.csv", EUROSTAT_HEADER + "FR;FR1;Ile;1;1;1\nFR;FR10;Paris;3;1;2\n", "line 3: level 3"),
    ("notnumber.csv", EUROSTAT_HEADER + "FR;FR1;Ile;one;1;1\n", "line 2: level 'one'"),
    ("short.csv", EUROSTAT_HEADER + "FR;FR1;Ile;1\n", "line 2: wrong number of fields"),
    ("long.csv", EUROSTAT_HEADER + "FR;FR1;" + "Ile" * 70 + ";1;1;1\n", "line 2: the name of FR1 is longer"),
    ("owner.csv", EUROSTAT_HEADER + "FR;DE1;Baden;1;1;1\n", "does not belong to country 'FR'"),
    ("orphan.csv", EUROSTAT_HEADER + "FR;FR101;Paris;3;1;1\n", "its parent FR10 is missing"),
    ("centroids.csv", CENTROIDS_HEADER + "FR1,1,FR,FR,Ile,Ile,2.5,north\n", "is not a number"),
    ("cut.geojson", '{"type": "FeatureCollection", "features": [{"type": "Feature", "prop',
     "not valid JSON (line 1"),
    ("nofeatures.geojson", '{"type": "Feature"}', "not a GeoJSON FeatureCollection"),
    ("geometry.geojson", json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"NUTS_ID": "FR1", "LEVL_CODE": 1, "CNTR_CODE": "FR"},
         "geometry": {"type": "Point", "coordinates": [2.3, 48.8]}}]}),
     "feature 1 (FR1): geometry type 'Point'"),
    ("props.geojson", json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"NUTS_ID": "FR1"}, "geometry": square(2, 48)}]}),
     "feature 1 (FR1): missing LEVL_CODE, CNTR_CODE"),
])
def test_malformed_files_import_nothing(countries, tmp_path, name, content, message):
    good = write(tmp_path, "good.csv", EUROSTAT_HEADER + "DE;DE1;Baden-Württemberg;1;1;1\n")
    with pytest.raises(CommandError, match="Nothing was imported") as error:
        call_command("import_nuts", good, write(tmp_path, name, content))
    assert message in str(error.value)
    assert not Region.objects.exists()


def test_a_missing_file_is_a_clear_error(countries, tmp_path):
    with pytest.raises(CommandError, match="file not found"):
        call_command("import_nuts", str(tmp_path / "missing.csv"))


def test_japanese_names_come_from_the_country_list_and_iso_subdivision_names(nuts):
    assert Region.objects.get(code="DE").name_ja == "ドイツ"
    assert Region.objects.get(code="AT32").name_ja == "ザルツブルク"
    assert Region.objects.get(code="ITI4").name_ja == "ラツィオ"


def test_a_japanese_name_edited_by_hand_survives_a_reimport(nuts, shared_data):
    Region.objects.filter(code="ITI4").update(name_ja="ラツィオ州")
    import_nuts_files([shared_data / NUTS_FILES[0]])
    assert Region.objects.get(code="ITI4").name_ja == "ラツィオ州"


def test_region_changes_are_announced_to_the_apps_above(countries, tmp_path):
    """geo knows no organisations: it says which region replaces which, and which were renamed."""
    load_fallback_regions()
    heard = []

    def receiver(sender, *, replaced, renamed, **kwargs):
        heard.append((dict(replaced), list(renamed), Region.objects.filter(pk__in=replaced).count()))
        return "a line for the report"

    bavaria_iso = Region.objects.get(code="DE-BY").pk
    berlin_iso = Region.objects.get(code="DE-BE").pk
    regions_changed.connect(receiver)
    try:
        first = import_nuts_file(write(tmp_path, "de.csv", EUROSTAT_HEADER + "DE;DE2;Bayern;1;1;1\n"))
        again = import_nuts_file(write(tmp_path, "de.csv", EUROSTAT_HEADER + "DE;DE2;Freistaat Bayern;1;1;1\n"))
    finally:
        regions_changed.disconnect(receiver)
    (replaced, renamed, still_there), (replaced_again, renamed_again, _) = heard
    assert replaced[bavaria_iso] == Region.objects.get(code="DE2").pk
    assert replaced[berlin_iso] is None
    assert still_there == len(replaced) == first.fallback_removed  # told before the delete
    assert renamed == [] and replaced_again == {}
    assert renamed_again == [Region.objects.get(code="DE2").pk]
    assert "a line for the report" in first.lines() and "a line for the report" in again.lines()
