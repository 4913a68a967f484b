"""iCalendar files of a programme and of a participant's agenda, with their time zones.

Each session starts and ends in its event's own zone (``TZID=Europe/Paris``) and the file
carries a ``VTIMEZONE`` for every zone it names, so calendar programs show the right hours
on either side of a daylight-saving change.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from ejrc.core.i18n import localized

PRODUCT_ID = "-//EU-Japan Regional Cooperation//ejrc events//EN"


def _calendar(name):
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    return calendar


def _session_entry(session, event, *, stamp):
    entry = CalendarEvent()
    entry.add("uid", f"session-{session.pk}@{urlsplit(settings.EJRC_SITE_URL).hostname}")
    entry.add("dtstamp", stamp)
    entry.add("dtstart", timezone.localtime(session.starts_at, event.zone))
    entry.add("dtend", timezone.localtime(session.ends_at, event.zone))
    entry.add("summary", f"{localized(session, 'title')} · {localized(event, 'title')}")
    where = [str(session.room) if session.room_id else "", event.venue, session.departure_point]
    entry.add("location", ", ".join(part for part in where if part) or event.online_url)
    if localized(session, "description"):
        entry.add("description", localized(session, "description"))
    return entry


def programme_calendar(event, sessions):
    """The whole programme of ``event`` (``sessions`` in time order)."""
    calendar = _calendar(localized(event, "title"))
    stamp = timezone.now()
    for session in sessions:
        calendar.add_component(_session_entry(session, event, stamp=stamp))
    calendar.add_missing_timezones()
    return calendar


def agenda_calendar(name, sessions):
    """A participant's sessions, of any events (each ``session.event`` loaded)."""
    calendar = _calendar(name)
    stamp = timezone.now()
    for session in sessions:
        calendar.add_component(_session_entry(session, session.event, stamp=stamp))
    calendar.add_missing_timezones()
    return calendar
