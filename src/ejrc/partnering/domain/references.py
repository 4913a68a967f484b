"""Readable references of opportunities: ``EJ-OPP-2026-00123``, one sequence per year.

The year's counter row is read under ``select_for_update`` and written back one higher, in one
transaction: two people publishing at the same moment wait for each other on PostgreSQL and
never get the same number (``tests/partnering/test_references.py`` races them, with a control
run without the lock that shows both getting the same one). SQLite, which has no row locks,
refuses the second writer instead; the unique constraint on ``reference`` is the last guard.
"""

from django.db import transaction
from django.utils import timezone

from ..models import ReferenceCounter

PREFIX = "EJ-OPP"


@transaction.atomic
def allocate_reference(*, year=None) -> str:
    """The next reference of ``year`` (the current year by default)."""
    year = year or timezone.localdate().year
    ReferenceCounter.objects.get_or_create(year=year)
    number = ReferenceCounter.objects.select_for_update().values_list("last", flat=True).get(year=year) + 1
    ReferenceCounter.objects.filter(year=year).update(last=number)
    return f"{PREFIX}-{year}-{number:05d}"
