"""Readable references of inquiries: ``EJ-INQ-2026-00042``, one sequence per year.

The year's counter row is locked (``select_for_update``), read and written back in one
transaction: two inquiries sent at the same moment take their numbers one after the other and
never share one. The unique constraint on ``Inquiry.reference`` is the last guard.
"""

from django.db import transaction
from django.utils import timezone

from ..models import InquiryCounter

PREFIX = "EJ-INQ"


@transaction.atomic
def allocate_reference(*, year=None) -> str:
    """The next reference of ``year`` (the current year by default)."""
    year = year or timezone.localdate().year
    counter = InquiryCounter.objects.select_for_update().filter(year=year).first()
    if counter is None:  # the year's first inquiry: one creator wins, the others wait for its row
        InquiryCounter.objects.get_or_create(year=year)
        counter = InquiryCounter.objects.select_for_update().get(year=year)
    counter.last += 1
    counter.save(update_fields=["last"])
    return f"{PREFIX}-{year}-{counter.last:05d}"
