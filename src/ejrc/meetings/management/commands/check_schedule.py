"""``ejrc check-schedule INSTANCE.json SCHEDULE.json``: verify a schedule independently.

Exit code 0 when the schedule is valid, 1 when it breaks a constraint, 2 when a file is
malformed.
"""

import json

from django.core.management.base import BaseCommand, CommandError

from ejrc.meetings.scheduling.check import check_schedule
from ejrc.meetings.scheduling.instance import InstanceError, load_instance


class Command(BaseCommand):
    # Files in, files out: nothing here depends on the project's checks, and running them
    # imports every URLconf and view (a third of the start-up time, measured on tic-12).
    requires_system_checks = []
    help = "Check a B2B schedule against its instance and recompute its figures."

    def add_arguments(self, parser):
        parser.add_argument("instance", help="instance JSON file")
        parser.add_argument("schedule", help="schedule JSON file")

    def handle(self, *args, **options):
        try:
            instance = load_instance(options["instance"])
        except InstanceError as error:
            raise CommandError(f"malformed instance: {error}", returncode=2) from error
        try:
            with open(options["schedule"], encoding="utf-8") as handle:
                data = json.load(handle)
            result = check_schedule(instance, data)
        except OSError as error:
            message = f"cannot read {options['schedule']}: {error.strerror}"
            raise CommandError(message, returncode=2) from error
        except (ValueError, InstanceError) as error:
            raise CommandError(f"malformed schedule: {error}", returncode=2) from error

        if result.status in ("infeasible", "unknown") and result.valid:
            self.stdout.write(f"no schedule to check (status {result.status})")
            return
        self.stdout.write(
            f"meetings held: {result.meetings_held}/{len(instance.meetings)}, "
            f"total weight: {result.total_weight}, total breaks: {result.total_breaks}, "
            f"table changes: {result.table_changes}"
        )
        if result.valid:
            self.stdout.write("valid")
            return
        for violation in result.violations:
            self.stdout.write(f"violation: {violation}")
        raise CommandError(f"invalid: {len(result.violations)} violation(s)", returncode=1)
