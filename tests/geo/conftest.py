"""Reference data for the geo tests: countries and prefectures from the project's own lists,
NUTS regions and prefecture shapes from ../shared/data (skipped when it is absent)."""

import pytest

from ejrc.geo.domain.nuts import import_nuts_files
from ejrc.geo.domain.reference import load_countries, load_prefectures
from ejrc.geo.domain.shapes import import_prefecture_shapes
from ejrc.geo.models import Prefecture

NUTS_FILES = ["nuts/nuts2024_regions_with_centroids.csv", "nuts/nuts2024_levels0-2_20M.geojson"]
EUROSTAT_CODES = "nuts/eurostat_NUTS2024_codes_labels.csv"
PREFECTURE_SHAPES = "japan/smartnews_prefectures_s0001.geojson"


@pytest.fixture
def countries(db):
    load_countries()


@pytest.fixture
def prefectures(countries):
    load_prefectures()
    return {p.code: p for p in Prefecture.objects.all()}


@pytest.fixture
def nuts(countries, shared_data):
    """NUTS 2024 regions, levels 0-3, with boundaries for levels 0-2."""
    return import_nuts_files([shared_data / name for name in NUTS_FILES])


@pytest.fixture
def prefecture_shapes(prefectures, shared_data):
    return import_prefecture_shapes(shared_data / PREFECTURE_SHAPES)
