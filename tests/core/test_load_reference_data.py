import re
from io import StringIO

import pytest
from django.core.management import call_command

from ejrc.directory.models import CooperationLink, Sector
from ejrc.geo.models import Country, Prefecture, Region

pytestmark = pytest.mark.django_db


def load(**options):
    out = StringIO()
    call_command("load_reference_data", stdout=out, **options)
    return out.getvalue()


def counts():
    return (
        Country.objects.count(),
        Prefecture.objects.count(),
        Sector.objects.count(),
        Region.objects.count(),
        CooperationLink.objects.count(),
    )


def test_without_the_data_folder_iso_subdivisions_stand_in_for_nuts(tmp_path):
    output = load(data_dir=tmp_path)
    assert "using ISO 3166-2 subdivisions" in output
    assert Region.objects.filter(scheme="iso3166-2", country__code="FR").exists()
    assert not Region.objects.filter(scheme="nuts").exists()
    assert Prefecture.objects.get(code="JP-21").name_ja == "岐阜県"
    first = counts()
    load(data_dir=tmp_path)
    assert counts() == first


def test_with_the_data_folder_nuts_boundaries_and_twinnings_are_loaded_once(shared_data):
    output = load(data_dir=shared_data)
    eu_nuts2 = Region.objects.filter(scheme="nuts", level=2, country__group="eu").exclude(code__endswith="Z")
    assert eu_nuts2.count() == 244
    assert not Region.objects.filter(scheme="iso3166-2").exists()
    assert Prefecture.objects.filter(boundary__isnull=False).count() == 47
    stored = int(re.search(r"(\d+) twinnings stored", output).group(1))
    assert CooperationLink.objects.filter(kind="twinning").count() == stored > 200  # as the command says
    first = counts()
    load(data_dir=shared_data)
    assert counts() == first


def test_each_app_loads_its_data_in_layer_order(tmp_path):
    lines = [line.split(":")[0] for line in load(data_dir=tmp_path).splitlines()]
    assert lines == ["countries", "prefectures", "regions", "sectors", "profiles re-indexed for search"]


def test_refresh_imports_the_data_files_again(shared_data):
    load(data_dir=shared_data)
    assert "nuts2024_regions_with_centroids.csv" not in load(data_dir=shared_data)
    again = load(data_dir=shared_data, refresh=True)
    assert "nuts2024_regions_with_centroids.csv: NUTS units read" in again
    assert "smartnews_prefectures_s0001.geojson" in again
