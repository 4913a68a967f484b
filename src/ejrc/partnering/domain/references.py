"""Readable references of opportunities: ``EJ-OPP-2026-00123``, one sequence per year.

The number comes from an UPDATE of the year's counter row (``last = last + 1``) followed by a
read in the same transaction. The UPDATE takes the row's write lock on PostgreSQL and the
database's write lock on SQLite, so two people publishing at the same moment wait for each
other and never get the same number; the unique constraint on ``reference`` is the last guard.
"""

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from ..models import ReferenceCounter

PREFIX = "EJ-OPP"


@transaction.atomic
def allocate_reference(*, year=None) -> str:
    """The next reference of ``year`` (the current year by default)."""
    year = year or timezone.localdate().year
    ReferenceCounter.objects.get_or_create(year=year)
    ReferenceCounter.objects.filter(year=year).update(last=F("last") + 1)
    number = ReferenceCounter.objects.values_list("last", flat=True).get(year=year)
    return f"{PREFIX}-{year}-{number:05d}"
