from django.core.management.base import BaseCommand

from ejrc.partnering.domain.vectors import refresh_all_vectors


class Command(BaseCommand):
    help = "Recompute the matching engine's stored vectors of every profile and opportunity."

    def handle(self, *args, **options):
        self.stdout.write(f"{refresh_all_vectors()} vector(s) computed.")
