from django.core.management.base import BaseCommand

from ejrc.core.retention import apply_retention, retention_rules


class Command(BaseCommand):
    help = "Remove or anonymise personal data older than each app's retention period (run daily)."

    def handle(self, *args, **options):
        periods = {rule.name: rule.period_days for rule in retention_rules()}
        for name, count in apply_retention().items():
            self.stdout.write(f"{name}: {count} row(s) changed (older than {periods[name]} days)")
