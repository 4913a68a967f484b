"""Funding deadlines on a calendar page and in an iCalendar feed (all-day events)."""

from datetime import timedelta
from itertools import groupby

from django.utils import timezone
from icalendar import Calendar, Event

from ejrc.core.i18n import localized
from ejrc.core.mail import site_url

from ..models import Deadline

PAST_DAYS = 90  # closed calls stay on the calendar this long


def calendar_deadlines():
    since = timezone.localdate() - timedelta(days=PAST_DAYS)
    return Deadline.objects.filter(closes_on__gte=since, instrument__published=True).select_related("instrument")


def by_month(deadlines):
    """``[(first day of the month, [deadlines])]`` in date order."""
    return [(month, list(items)) for month, items in groupby(deadlines, key=lambda d: d.closes_on.replace(day=1))]


def deadlines_ics(deadlines):
    calendar = Calendar()
    calendar.add("prodid", "-//ejrc//funding deadlines//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "EU-Japan funding deadlines")
    stamp = timezone.now()
    for deadline in deadlines:
        event = Event()
        instrument = deadline.instrument
        title = localized(instrument, "name")
        if deadline.label:
            title = f"{title}: {deadline.label}"
        event.add("uid", f"deadline-{deadline.pk}@ejrc")
        event.add("dtstamp", stamp)
        event.add("dtstart", deadline.closes_on)
        event.add("dtend", deadline.closes_on + timedelta(days=1))
        event.add("summary", title)
        event.add("url", site_url("knowledge:instrument", slug=instrument.slug))
        calendar.add_component(event)
    return calendar.to_ical()
