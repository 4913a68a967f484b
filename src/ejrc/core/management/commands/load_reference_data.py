"""Loads everything the site needs to know about the world, idempotently (``make run`` calls it).

Core knows no domain: each app contributes its own step to
:data:`ejrc.core.registry.reference_data_steps`, and the steps run in layer order (geo's
countries, prefectures, regions and boundaries before the directory's sectors and twinnings).
Data files are read from ``--data-dir`` (``settings.DATA_DIR``) when they are there.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from ejrc.core.registry import reference_data_steps


class Command(BaseCommand):
    help = "Load countries, prefectures, sectors, and (from the data folder) NUTS regions, boundaries and twinnings."

    def add_arguments(self, parser):
        parser.add_argument("--data-dir", type=Path, default=Path(settings.DATA_DIR))
        parser.add_argument("--refresh", action="store_true", help="Import the data files again.")

    def handle(self, *args, data_dir, refresh, **options):
        for step in reference_data_steps:
            step.value(data_dir=data_dir, refresh=refresh, say=self.say)

    def say(self, what, summary):
        self.stdout.write(f"{what}: {summary}")
