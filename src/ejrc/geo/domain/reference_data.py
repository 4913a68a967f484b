"""Geo's step of ``ejrc load-reference-data``: countries, prefectures, regions, boundaries.

European regions come from the NUTS files of the data folder when they are there (imported
once, again with ``refresh``); without them the ISO 3166-2 subdivisions stand in.
"""

from ejrc.geo.models import Prefecture, Region

from .nuts import import_nuts_file
from .reference import load_countries, load_fallback_regions, load_prefectures
from .shapes import import_prefecture_shapes

NUTS_FILES = ["nuts/nuts2024_regions_with_centroids.csv", "nuts/nuts2024_levels0-2_20M.geojson"]
PREFECTURE_SHAPES = "japan/smartnews_prefectures_s0001.geojson"


def load_geography(*, data_dir, refresh, say):
    say("countries", load_countries())
    say("prefectures", load_prefectures())
    nuts_files = [data_dir / name for name in NUTS_FILES if (data_dir / name).is_file()]
    have_nuts = Region.objects.filter(scheme=Region.Scheme.NUTS).exists()
    if nuts_files and (refresh or not have_nuts):
        for path in nuts_files:
            say(path.name, import_nuts_file(path))
    elif not nuts_files:
        say("regions", f"no NUTS files in {data_dir}: using ISO 3166-2 subdivisions "
            f"({load_fallback_regions()})")
    shapes = data_dir / PREFECTURE_SHAPES
    if shapes.is_file() and (refresh or Prefecture.objects.filter(boundary__isnull=True).exists()):
        say(shapes.name, import_prefecture_shapes(shapes))
