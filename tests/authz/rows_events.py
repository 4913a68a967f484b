"""Rows of the events app. The matrix's ``organiser`` organises the events made here (added
directly: the domain accepts only helpdesk staff as organisers, and in the matrix that role is
a signed-in person with no other role); ``member`` and ``org_admin`` register for
``world.organisation``. Each test gets a fresh database, so the events are made per test."""

import datetime as dt

from authz.matrix import SIGNED_IN, STAFF, Row, everyone, only
from directory.factories import office

from ejrc.events.domain.events import add_session, create_event, publish
from ejrc.events.domain.registration import register
from ejrc.events.models import Event, Pitch, SessionKind

FIRST_DAY = dt.date(2027, 4, 27)


def _event(world, *, published):
    slug = "matrix-event" if published else "matrix-draft"
    event = Event.objects.filter(slug=slug).first()
    if event is None:
        event = create_event(actor=None, office=office("strasbourg"), slug=slug, title_en="Matrix event",
                             starts_on=FIRST_DAY, ends_on=FIRST_DAY, time_zone="Europe/Paris")
        event.organisers.add(world.people["organiser"])
        add_session(actor=None, event=event, kind="site_visit", title_en="Visit", capacity=5,
                    start=dt.datetime(2027, 4, 27, 14), end=dt.datetime(2027, 4, 27, 16))
        add_session(actor=None, event=event, kind="pitch", title_en="Pitches", call_open=True,
                    start=dt.datetime(2027, 4, 27, 10), end=dt.datetime(2027, 4, 27, 12))
        if published:
            publish(actor=None, event=event)
    return event


def published(world):
    return {"slug": _event(world, published=True).slug}


def draft(world):
    return {"slug": _event(world, published=False).slug}


def registration(world):
    """A confirmed registration of another organisation's member, for the organiser's actions."""
    event = _event(world, published=True)
    other = world.people["other_member"]
    found = event.registrations.filter(user=other).first() or register(
        actor=other, event=event, organisation=world.other_organisation, notify=False)
    return {"slug": event.slug, "pk": found.pk}


def pitch_session(world):
    event = _event(world, published=True)
    return {"slug": event.slug, "pk": event.sessions.get(kind=SessionKind.PITCH).pk}


def pitch(world):
    """Another organisation's pitch (made directly: the slides' checks are tested in tests/events)."""
    session = _event(world, published=True).sessions.get(kind=SessionKind.PITCH)
    found = session.pitches.first() or Pitch.objects.create(
        session=session, organisation=world.other_organisation, title="Pitch", abstract="…", slides="pitches/x.pdf")
    return {"slug": session.event.slug, "pk": found.pk}


ORGANISER = ("organiser",)
HIDDEN_DRAFT = only(200, *ORGANISER, anonymous=404)
NEW_EVENT = {"slug": "matrix-new", "title_en": "New", "starts_on": "2027-05-01", "ends_on": "2027-05-01",
             "time_zone": "Europe/Paris", "format": "in_person"}
DETAILS = {"title_en": "Matrix event", "starts_on": "2027-04-27", "ends_on": "2027-04-27", "time_zone": "Europe/Paris",
           "format": "in_person", "is_published": "on"}
SESSION = {"kind": "panel", "title_en": "Panel", "date": "2027-04-27", "start": "09:00", "end": "10:00"}

ROWS = [
    Row("events:list", everyone(200)),
    Row("events:archive", everyone(200)),
    Row("events:agenda", only(200, *SIGNED_IN)),
    Row("events:agenda-ics", only(200, *SIGNED_IN)),
    Row("events:detail", everyone(200), kwargs=published),
    Row("events:detail", HIDDEN_DRAFT, kwargs=draft, label="unpublished"),
    Row("events:detail", everyone(404), kwargs=lambda world: {"slug": "no-such-event"}, label="missing"),
    Row("events:programme", everyone(200), kwargs=published),
    Row("events:programme", HIDDEN_DRAFT, kwargs=draft, label="unpublished"),
    Row("events:programme-ics", everyone(200), kwargs=published),
    Row("events:programme-ics", HIDDEN_DRAFT, kwargs=draft, label="unpublished"),
    Row("events:register", only(200, *SIGNED_IN), kwargs=published),
    Row("events:register", only(200, *ORGANISER), kwargs=draft, label="unpublished"),
    # Members of world.organisation register (302 to their agenda); others are told on the form (200).
    Row("events:register", {**only(200, *SIGNED_IN), "member": 302, "org_admin": 302}, kwargs=published,
        method="POST", data=lambda world: {"organisation": world.organisation.pk}),
    # Only ``other_member`` is registered (``registration``): the others are sent back to the event.
    Row("events:change", {**only(302, *SIGNED_IN), "other_member": 200},
        kwargs=lambda world: {"slug": registration(world)["slug"]}),
    Row("events:change", only(302, *ORGANISER), kwargs=draft, label="unpublished"),
    Row("events:change", {**only(302, *SIGNED_IN), "other_member": 302},
        kwargs=lambda world: {"slug": registration(world)["slug"]}, method="POST"),
    Row("events:cancel", only(302, *SIGNED_IN), kwargs=published, method="POST"),
    Row("events:cancel", only(302, *ORGANISER), kwargs=draft, method="POST", label="unpublished"),
    Row("events:new", only(200, *STAFF)),
    Row("events:new", only(302, *STAFF), method="POST", data=lambda world: NEW_EVENT),
    Row("events:edit", only(200, *ORGANISER), kwargs=published),
    Row("events:edit", only(200, *ORGANISER), kwargs=draft, label="unpublished"),
    Row("events:edit", only(302, *ORGANISER), kwargs=published, method="POST", data=lambda world: DETAILS),
    Row("events:edit-programme", only(200, *ORGANISER), kwargs=published),
    Row("events:edit-programme", only(302, *ORGANISER), kwargs=published, method="POST",
        data=lambda world: SESSION),
    Row("events:registrations", only(200, *ORGANISER), kwargs=published),
    Row("events:registrations", only(200, *ORGANISER), kwargs=draft, label="unpublished"),
    Row("events:export-csv", only(200, *ORGANISER), kwargs=published),
    Row("events:export-xlsx", only(200, *ORGANISER), kwargs=published),
    Row("events:badges", only(200, *ORGANISER), kwargs=published),
    Row("events:check-in", only(200, *ORGANISER), kwargs=published),
    Row("events:check-in-one", only(302, *ORGANISER), kwargs=registration, method="POST",
        data=lambda world: {"present": "1"}),
    Row("events:decide", only(302, *ORGANISER), kwargs=registration, method="POST",
        data=lambda world: {"decision": "approve"}),
    Row("events:dashboard", only(200, *ORGANISER), kwargs=published),
    Row("events:pitch-submit", only(200, *SIGNED_IN), kwargs=pitch_session),
    Row("events:pitches", only(200, *ORGANISER), kwargs=pitch_session),
    Row("events:pitches", only(302, *ORGANISER), kwargs=pitch_session, method="POST",
        data=lambda world: {"call": "closed"}),
    Row("events:pitch-decide", only(302, *ORGANISER), kwargs=pitch, method="POST",
        data=lambda world: {"decision": "accept"}),
]
