from django.core.management.base import BaseCommand, CommandError

from ejrc.directory.domain.twinnings import TwinningFileError, import_twinnings


class Command(BaseCommand):
    help = (
        "Import twin-town pairs between Japanese and European cities (CSV with jp_city, "
        "eu_city, eu_country, and optionally jp_iso3166_2, nuts2_2024, nuts3_2024, …) as "
        "cooperation links, and report the rows that could not be fully placed."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE")

    def handle(self, *args, file, **options):
        try:
            report = import_twinnings(file)
        except TwinningFileError as error:
            raise CommandError(f"{error}. Nothing was imported.") from error
        for line in report.lines():
            self.stdout.write(line)
