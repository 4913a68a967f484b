from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from ejrc.core.backup import RestoreError, restore


class Command(BaseCommand):
    help = "Restore an `ejrc backup` archive into an empty database (migrated first) and its file storage."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="the .tar.gz file written by `ejrc backup`")

    def handle(self, *args, archive, **options):
        call_command("migrate", interactive=False, verbosity=0)
        try:
            manifest = restore(path=archive)
        except (RestoreError, OSError) as error:
            raise CommandError(str(error)) from error
        rows = sum(manifest["rows"].values())
        self.stdout.write(f"Restored {rows} row(s) and {len(manifest['files'])} file(s); every one was found.")
