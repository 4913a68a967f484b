from django.core.management.base import BaseCommand

from ejrc.directory.domain.staleness import remind_stale_profiles


class Command(BaseCommand):
    help = (
        "E-mail the admins of profiles due for confirmation within 30 days, or overdue, unless they "
        "were reminded in the last 90 days (Celery beat runs it monthly)."
    )

    def handle(self, *args, **options):
        count = remind_stale_profiles()
        self.stdout.write(f"Reminders sent for {count} profile(s).")
