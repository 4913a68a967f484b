from django.core.management.base import BaseCommand

from ejrc.core.backup import back_up


class Command(BaseCommand):
    help = "Write every row and every uploaded file to one archive (restores on SQLite or PostgreSQL)."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="the .tar.gz file to write")

    def handle(self, *args, archive, **options):
        manifest = back_up(path=archive)
        rows = sum(manifest["rows"].values())
        self.stdout.write(f"Backed up {rows} row(s) and {len(manifest['files'])} file(s) to {archive}.")
