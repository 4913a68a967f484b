from django.core.management.base import BaseCommand

from ejrc.events.domain.reminders import remind_participants


class Command(BaseCommand):
    help = "Remind the confirmed participants of events that start tomorrow (run daily or hourly)."

    def handle(self, *args, **options):
        self.stdout.write(f"{remind_participants()} participants reminded.")
