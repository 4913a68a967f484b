"""Importing organisation profiles from CSV: a dry run first, every rejected row with its reasons,
and nothing half-imported (wrong encoding, missing columns, too many rows, one bad row)."""

import pytest
from directory.factories import OrganisationFactory, SectorFactory, country, prefecture, region
from django.core.management import CommandError, call_command

from ejrc.core.models import ActivityLog
from ejrc.directory.domain.profile_import import import_profiles
from ejrc.directory.domain.search import search_directory
from ejrc.directory.domain.search_params import SearchParams
from ejrc.directory.import_csv import MAX_ROWS, ImportFileError, check_file
from ejrc.directory.models import Organisation

pytestmark = pytest.mark.django_db
HEADER = "kind,name_en,name_ja,description_en,description_ja,country,region,prefecture,city,sectors,interests\n"


@pytest.fixture
def places(helpdesk):
    country("FR"), country("JP"), prefecture("JP-21"), region("FRK", level=1)
    SectorFactory(code="S001")


def good_file():
    return (HEADER
            + "cluster,Gifu Ceramics,岐阜陶磁器協議会,Tableware,岐阜県の陶磁器,JP,,JP-21,Tajimi,cluster:S001,trade\n"
            + "region,Rhone Alps Agency,,Regional agency,,FR,FRK,,Lyon,,trade;innovation\n").encode()


def test_a_dry_run_checks_every_row_and_saves_nothing(places):
    checked = check_file(good_file())
    assert checked.importable and len(checked.proposals) == 2 and checked.rejected == []
    assert not Organisation.objects.exists()


def test_an_import_publishes_searchable_profiles_through_the_directory(places, staff_user):
    created = import_profiles(actor=staff_user, proposals=check_file(good_file()).proposals)
    gifu = Organisation.objects.get(name_en="Gifu Ceramics")
    assert {o.pk for o in created} == set(Organisation.objects.values_list("pk", flat=True))
    assert gifu.is_published and gifu.office.code == "gifu" and gifu.prefecture.code == "JP-21"
    assert [s.code for s in gifu.sectors.all()] == ["S001"]
    found = [o.name_en for o in search_directory(params=SearchParams(query="tajimi")).page]
    assert found == ["Gifu Ceramics"]
    assert [o.name_en for o in search_directory(params=SearchParams(query="toujiki")).page] == ["Gifu Ceramics"]
    assert ActivityLog.objects.filter(action="directory.organisation.import").count() == 2


def test_every_rejected_row_is_reported_with_its_reasons_and_nothing_is_imported(places, staff_user):
    OrganisationFactory(name_en="Taken Name", country=country("FR"))
    raw = (HEADER
           + "cluster,Fine one,,Ok,,FR,,,,,\n"
           + "volcano,Bad kind,,Ok,,FR,,,,,\n"
           + "cluster,No prefecture,,Ok,,JP,,,,,\n"
           + "cluster,Taken Name,,Ok,,FR,,,,,\n"
           + "cluster,Nowhere,,Ok,,XX,,,,,\n"
           + "cluster,Fine one,,Again,,FR,,,,,\n"
           + "cluster,Too many,,Ok,,FR,,,,,,extra\n").encode()
    checked = check_file(raw)
    reasons = {row.line: " ".join(row.reasons) for row in checked.rejected}
    assert sorted(reasons) == [3, 4, 5, 6, 7, 8]
    assert "Kind of organisation" in reasons[3] and "Prefecture" in reasons[4]
    assert "already exists" in reasons[5] and "Country" in reasons[6]
    assert "line 2" in reasons[7] and "More cells" in reasons[8]
    assert not checked.importable
    with pytest.raises(CommandError, match="6 rows rejected"):
        call_command("import_organisations", _write(raw), "--as", staff_user.email, "--commit")
    assert Organisation.objects.count() == 1


def _write(raw, name="profiles.csv"):
    import tempfile
    from pathlib import Path

    path = Path(tempfile.mkdtemp()) / name
    path.write_bytes(raw)
    return str(path)


@pytest.mark.parametrize("raw, message", [
    (good_file().decode().encode("shift_jis"), "not UTF-8"),
    (b"name_en,country\nLyon,FR\n", "Columns missing from the header row: kind, description_en"),
    (b"", "empty"),
    (HEADER.encode(), "no organisation"),
    (HEADER.encode() + b"cluster,A,,B,,FR,,,,,\n" * (MAX_ROWS + 1), f"more than {MAX_ROWS} rows"),
    (HEADER.encode() + b"cluster,A,,B,,FR,,,,,\n" * 100_000, f"more than {MAX_ROWS} rows"),
    (b"\x00\x01PK\x03\x04", "not a CSV file"),
])
def test_a_file_that_cannot_be_imported_gets_one_clear_answer(places, raw, message):
    with pytest.raises(ImportFileError, match=message):
        check_file(raw)


def test_the_command_is_a_dry_run_unless_told_to_commit(places, staff_user, capsys):
    path = _write(good_file())
    call_command("import_organisations", path, "--as", staff_user.email)
    assert "dry run: 2 profiles would be imported" in capsys.readouterr().out
    assert not Organisation.objects.exists()
    call_command("import_organisations", path, "--as", staff_user.email, "--commit")
    assert Organisation.objects.count() == 2


def test_the_command_refuses_a_wrong_encoding_and_a_non_staff_actor(places, staff_user, outsider):
    with pytest.raises(CommandError, match="not UTF-8.*Nothing was imported"):
        call_command("import_organisations", _write(good_file().decode().encode("cp932")), "--as", staff_user.email)
    with pytest.raises(CommandError, match="not a helpdesk staff member"):
        call_command("import_organisations", _write(good_file()), "--as", outsider.email)


def test_the_staff_page_checks_then_imports(client, places, staff_user):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(staff_user)
    upload = SimpleUploadedFile("profiles.csv", good_file(), content_type="text/csv")
    page = client.post("/en/directory/import/", {"file": upload, "check": "1"}).content.decode()
    assert "2 profiles can be imported" in page and not Organisation.objects.exists()
    upload = SimpleUploadedFile("profiles.csv", good_file(), content_type="text/csv")
    page = client.post("/en/directory/import/", {"file": upload, "import": "1"}).content.decode()
    assert "2 profiles were imported and published" in page and Organisation.objects.count() == 2
    upload = SimpleUploadedFile("profiles.csv", b"\xff\xfe garbage", content_type="text/csv")
    response = client.post("/en/directory/import/", {"file": upload, "import": "1"})
    assert response.status_code == 200 and "not UTF-8" in response.content.decode()
