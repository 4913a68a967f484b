"""Loads everything the site needs to know about the world, idempotently (``make run`` calls it).

Countries, prefectures and the sector classifications come with the project. European regions,
boundaries and twinnings are read from the reference data folder (``settings.DATA_DIR``) when
it is there; without it, the ISO 3166-2 subdivisions stand in for the NUTS regions.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from ejrc.directory.domain.search import refresh_all_search_texts
from ejrc.directory.domain.sectors import load_sectors
from ejrc.directory.domain.twinnings import import_twinnings
from ejrc.geo.domain.nuts import import_nuts_file
from ejrc.geo.domain.reference import load_countries, load_fallback_regions, load_prefectures
from ejrc.geo.domain.shapes import import_prefecture_shapes
from ejrc.geo.models import Prefecture, Region

NUTS_FILES = ["nuts/nuts2024_regions_with_centroids.csv", "nuts/nuts2024_levels0-2_20M.geojson"]
PREFECTURE_SHAPES = "japan/smartnews_prefectures_s0001.geojson"
TWINNINGS = "links/japan_europe_twin_cities_wikipedia.csv"


class Command(BaseCommand):
    help = "Load countries, prefectures, sectors, and (from the data folder) NUTS regions, boundaries and twinnings."

    def add_arguments(self, parser):
        parser.add_argument("--data-dir", type=Path, default=Path(settings.DATA_DIR))
        parser.add_argument("--refresh", action="store_true", help="Import the data files again.")

    def handle(self, *args, data_dir, refresh, **options):
        self.say("countries", load_countries())
        self.say("prefectures", load_prefectures())
        self.say("sectors", load_sectors())
        nuts_files = [data_dir / name for name in NUTS_FILES if (data_dir / name).is_file()]
        have_nuts = Region.objects.filter(scheme=Region.Scheme.NUTS).exists()
        if nuts_files and (refresh or not have_nuts):
            for path in nuts_files:
                self.say(path.name, import_nuts_file(path))
        elif not nuts_files:
            self.stdout.write(f"No NUTS files in {data_dir}: using ISO 3166-2 subdivisions.")
            self.say("regions", load_fallback_regions())
        shapes = data_dir / PREFECTURE_SHAPES
        if shapes.is_file() and (refresh or Prefecture.objects.filter(boundary__isnull=True).exists()):
            self.say(shapes.name, import_prefecture_shapes(shapes))
        twinnings = data_dir / TWINNINGS
        if twinnings.is_file():
            self.say(twinnings.name, import_twinnings(twinnings))
        # Place, sector and country names are part of every profile's search text.
        self.say("profiles re-indexed for search", refresh_all_search_texts())

    def say(self, what, summary):
        self.stdout.write(f"{what}: {summary}")
