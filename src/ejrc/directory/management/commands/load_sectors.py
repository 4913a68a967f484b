from django.core.management.base import BaseCommand

from ejrc.directory.domain.sectors import load_sectors


class Command(BaseCommand):
    help = "Load or refresh the sector classifications (cluster sectors, emerging industries, ecosystems, NACE)."

    def handle(self, *args, **options):
        created = load_sectors()
        self.stdout.write(f"Sectors loaded ({created} new).")
