from django.core.management.base import BaseCommand, CommandError

from ejrc.geo.domain.nuts import import_nuts_files
from ejrc.geo.domain.nuts_files import NutsFileError


class Command(BaseCommand):
    help = (
        "Import NUTS regions (levels 0-3) from Eurostat/GISCO files: the NUTS code list CSV "
        "(';'), the centroids CSV and/or the NUTS GeoJSON (boundaries). Several files complete "
        "each other; all are imported in one transaction, or nothing is."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--nuts-version", dest="nuts_version", default=None,
                            help="NUTS version (e.g. 2024); guessed from the file names if absent")

    def handle(self, *args, files, nuts_version, **options):
        try:
            summary = import_nuts_files(files, version=nuts_version)
        except NutsFileError as error:
            raise CommandError(f"{error}. Nothing was imported.") from error
        for line in summary.lines():
            self.stdout.write(line)
