from django.core.management.base import BaseCommand, CommandError

from ejrc.geo.domain.shapes import PrefectureShapeError, import_prefecture_shapes


class Command(BaseCommand):
    help = (
        "Load prefecture boundaries from a GeoJSON derived from MLIT N03 (property N03_001 holds "
        "the prefecture's name in kanji). Boundaries are simplified before they are stored."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE")

    def handle(self, *args, file, **options):
        try:
            summary = import_prefecture_shapes(file)
        except PrefectureShapeError as error:
            raise CommandError(f"{error}. Nothing was imported.") from error
        for line in summary.lines():
            self.stdout.write(line)
