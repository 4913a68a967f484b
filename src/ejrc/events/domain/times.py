"""Showing a moment in the event's zone and, beside it, in the viewer's own."""

from dataclasses import dataclass
from datetime import datetime, tzinfo

from django.utils import timezone


@dataclass(frozen=True)
class TwoZones:
    """``here`` is the moment in the event's zone; ``there`` in the viewer's, or ``None`` when
    the viewer's zone shows the same clock time (nothing to add)."""

    here: datetime
    there: datetime | None


def in_two_zones(moment, *, event_zone: tzinfo, viewer_zone: tzinfo) -> TwoZones:
    here = timezone.localtime(moment, event_zone)
    there = timezone.localtime(moment, viewer_zone)
    same = here.utcoffset() == there.utcoffset() and here.tzname() == there.tzname()
    return TwoZones(here=here, there=None if same else there)
