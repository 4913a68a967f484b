"""``ejrc schedule-meetings INSTANCE.json``: run the B2B scheduler on an instance file."""

import json

from django.core.management.base import BaseCommand, CommandError

from ejrc.meetings.scheduling.instance import InstanceError, load_instance
from ejrc.meetings.scheduling.schedule import schedule_to_json
from ejrc.meetings.scheduling.phases import solve


class Command(BaseCommand):
    # Files in, files out: nothing here depends on the project's checks, and running them
    # imports every URLconf and view (a third of the start-up time, measured on tic-12).
    requires_system_checks = []
    help = "Schedule B2B meetings: read an ejrc-b2b-instance/1 file, write an ejrc-b2b-schedule/1 file."

    def add_arguments(self, parser):
        parser.add_argument("instance", help="instance JSON file")
        parser.add_argument("--time-limit", type=float, default=60.0, help="seconds (default 60)")
        parser.add_argument("--out", help="schedule JSON file (default: standard output)")

    def handle(self, *args, **options):
        if options["time_limit"] <= 0:
            raise CommandError("--time-limit must be positive", returncode=2)
        try:
            instance = load_instance(options["instance"])
        except InstanceError as error:
            raise CommandError(f"malformed instance: {error}", returncode=2) from error
        schedule = solve(instance, time_limit=options["time_limit"])
        if schedule.has_assignment:
            for m, meeting in enumerate(instance.meetings):
                reason = m not in schedule.slot_of and instance.why_unplaceable(m)
                if reason:
                    self.stderr.write(f"meeting {meeting.id} left out: {reason}")
        text = json.dumps(schedule_to_json(instance, schedule), indent=1)
        if options["out"]:
            with open(options["out"], "w", encoding="utf-8") as handle:
                handle.write(text + "\n")
            self.stderr.write(f"{schedule.status}: written to {options['out']}")
        else:
            self.stdout.write(text)
