import json

from django.core.management import call_command

from ejrc.accounts.models import User
from ejrc.directory.domain.demo import DEMO_FILE, load_demo_content
from ejrc.directory.domain.sectors import load_sectors
from ejrc.directory.models import Organisation, OrganisationRelation, Sector, SectorScheme
from ejrc.geo.domain.reference import load_countries, load_prefectures


def test_sectors_load_once_with_both_languages(db):
    assert load_sectors() == 51 + 10 + 14 + 21 + 88
    assert load_sectors() == 0
    counts = {scheme: Sector.objects.filter(scheme=scheme).count() for scheme in SectorScheme.values}
    assert counts == {"cluster": 51, "emerging": 10, "ecosystem": 14, "nace": 109}
    division = Sector.objects.get(scheme="nace", code="29")
    assert division.parent.code == "C" and division.name_ja
    assert not Sector.objects.filter(name_ja="").exists()


def test_demo_content_is_idempotent_and_published(db, capsys):
    load_countries()
    load_prefectures()
    call_command("load_demo_content")
    output = capsys.readouterr().out
    assert "demo-ejrc-2026" in output and "staff.gifu@demo.example" in output
    manager = User.objects.get(email="admin@demo.example")
    assert manager.is_superuser and manager.is_staff and manager.office.code == "strasbourg"
    assert not User.objects.get(email="staff.gifu@demo.example").is_superuser
    organisations = Organisation.objects.filter(slug__startswith="demo-")
    specs = json.loads(DEMO_FILE.read_text(encoding="utf-8"))["organisations"]
    assert sorted(o.slug for o in organisations) == sorted(spec["slug"] for spec in specs)
    waiting = organisations.get(status="pending")
    assert waiting.revisions.get(status="pending").office.code == "iwate"
    published = organisations.exclude(pk=waiting.pk)
    assert all(o.is_published and o.revisions.filter(status="approved").exists() for o in published)
    assert {o.country.code for o in organisations} == {"BE", "DE", "ES", "FR", "JP"}
    relations = OrganisationRelation.objects.count()
    again = load_demo_content()
    assert (again["organisations"], again["users"], again["relations"]) == (0, 0, 0)
    assert Organisation.objects.filter(slug__startswith="demo-").count() == organisations.count()
    assert OrganisationRelation.objects.count() == relations


def test_demo_content_without_regions_leaves_the_region_empty(db):
    load_countries()
    load_prefectures()
    load_demo_content()
    alpine = Organisation.objects.get(slug="demo-alpine-hydrogen-valley-cluster")
    assert alpine.region is None and alpine.office.code == "strasbourg"
    assert Organisation.objects.get(slug="demo-iwate-prefecture").office.code == "iwate"


def test_demo_content_finds_iso_regions_when_nuts_is_absent(db):
    from ejrc.geo.domain.reference import load_fallback_regions

    load_countries()
    load_prefectures()
    load_fallback_regions()
    load_demo_content()
    assert Organisation.objects.get(slug="demo-alpine-hydrogen-valley-cluster").region.code == "FR-ARA"
    assert Organisation.objects.get(slug="demo-bavarian-smart-mobility-cluster").region.code == "DE-BY"
