from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from ejrc.directory.domain.profile_import import import_profiles
from ejrc.directory.import_csv import MAX_ROWS, OPTIONAL_COLUMNS, REQUIRED_COLUMNS, ImportFileError, check_file


class Command(BaseCommand):
    help = (
        f"Check, and with --commit publish, organisation profiles from a UTF-8 CSV file (columns "
        f"{', '.join(REQUIRED_COLUMNS)}; optionally {', '.join(OPTIONAL_COLUMNS)}; at most {MAX_ROWS} rows). "
        "Without --commit it is a dry run. Every rejected row is reported with its reasons; a file "
        "with any rejected row imports nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE")
        parser.add_argument("--as", dest="email", required=True, help="the helpdesk staff member importing")
        parser.add_argument("--commit", action="store_true", help="import (default: a dry run)")

    def handle(self, *args, file, email, commit, **options):
        translation.activate("en")
        actor = get_user_model().objects.filter(email__iexact=email).first()
        if actor is None or not (actor.is_helpdesk_staff or actor.is_superuser):
            raise CommandError(f"{email} is not a helpdesk staff member.")
        try:
            with open(file, "rb") as handle:
                checked = check_file(handle.read())
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}.") from error
        except ImportFileError as error:
            raise CommandError(f"{error} Nothing was imported.") from error
        for row in checked.rejected:
            self.stdout.write(f"line {row.line} ({row.name or 'no name'}): {'; '.join(row.reasons)}")
        if checked.ignored_columns:
            self.stdout.write(f"columns ignored: {', '.join(checked.ignored_columns)}")
        if checked.rejected:
            raise CommandError(f"{len(checked.rejected)} rows rejected, {len(checked.proposals)} accepted. "
                               "Nothing was imported: correct the file and run again.")
        if not commit:
            self.stdout.write(f"dry run: {len(checked.proposals)} profiles would be imported (add --commit).")
            return
        created = import_profiles(actor=actor, proposals=checked.proposals)
        self.stdout.write(f"{len(created)} profiles imported and published.")
