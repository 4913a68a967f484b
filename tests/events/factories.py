"""Events for the tests: a published conference in Strasbourg on 27-29 April 2027 (CEST, UTC+2)."""

import datetime as dt

from directory.factories import office

from ejrc.events.domain.events import add_session, create_event, publish
from ejrc.events.models import SessionKind

FIRST_DAY = dt.date(2027, 4, 27)


def make_event(*, organiser, slug="strasbourg-2027", published=True, **fields):
    fields = {"title_en": "EU-Japan regional cooperation conference", "starts_on": FIRST_DAY,
              "ends_on": FIRST_DAY + dt.timedelta(days=2), "time_zone": "Europe/Paris",
              "title_ja": "日欧地域協力会議", "venue": "Palais de la Musique et des Congrès", **fields}
    event = create_event(actor=organiser, office=office("strasbourg"), slug=slug, **fields)
    return publish(actor=organiser, event=event) if published else event


def at(day, hour, minute=0):
    """A naive local time on the ``day``-th day (0 is the first) of the test event."""
    return dt.datetime.combine(FIRST_DAY + dt.timedelta(days=day), dt.time(hour, minute))


def make_session(event, *, organiser, day=0, start=10, end=11, kind=SessionKind.PLENARY, **fields):
    fields.setdefault("title_en", f"{kind} at {start}")
    return add_session(actor=organiser, event=event, kind=kind, start=at(day, start), end=at(day, end), **fields)


def site_visit(event, *, organiser, capacity=1, day=2, start=9, end=12, **fields):
    return make_session(event, organiser=organiser, day=day, start=start, end=end, kind=SessionKind.SITE_VISIT,
                        capacity=capacity, departure_point="Place de la Gare", transport="coach", **fields)


def organisation_of(person):
    return person.memberships.get().organisation
