from django.core.management.base import BaseCommand

from ejrc.partnering.domain.reminders import remind_expiring_opportunities


class Command(BaseCommand):
    help = "E-mail the members of organisations whose opportunity expires within a week (run daily)."

    def handle(self, *args, **options):
        count = remind_expiring_opportunities()
        self.stdout.write(f"Reminders sent for {count} opportunity(ies).")
