"""The B2B part of an event's page (filled into ``events.sections``): two queries at most."""

from ejrc.meetings.models import B2BSetup
from ejrc.meetings.rules import _participates
from ejrc.events.models import SessionKind
from ejrc.events.rules import is_organiser


def b2b_section_context(event, user):
    setup = B2BSetup.objects.filter(event=event).first()
    organiser = is_organiser(user, event)
    if setup is None:
        if organiser and event.sessions.filter(kind=SessionKind.B2B).exists():
            return {"event": event, "setup": None, "organiser": True}
        return None
    participant = bool(user and user.is_authenticated and _participates(user, event))
    return {"event": event, "setup": setup, "organiser": organiser, "participant": participant}
