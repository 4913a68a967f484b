"""Rows of the B2B meetings. The matrix's B2B event (self-service, so that booking has a page)
is organised by ``organiser``; ``member`` (for ``world.organisation``) and ``other_member``
are its confirmed participants, with a meeting between them; ``org_admin`` and the staff are
not participants. Made per test, directly where the domain's checks are tested elsewhere."""

import datetime as dt

from authz.matrix import Row, only

from ejrc.events.domain.events import add_session, create_event, publish
from ejrc.events.models import Event, Registration
from ejrc.meetings.domain.requests import answer, request_meeting
from ejrc.meetings.domain.setup import join_all, set_up
from ejrc.meetings.models import MeetingRequest, Placement, RunStatus, SchedulingRun

DAY = dt.date(2027, 5, 11)
PARTICIPANTS = ("member", "other_member")


def _event(world):
    event = Event.objects.filter(slug="matrix-b2b").first()
    if event is not None:
        return event
    from directory.factories import office

    event = create_event(actor=None, office=office("strasbourg"), slug="matrix-b2b", title_en="Matrix B2B",
                         starts_on=DAY, ends_on=DAY, time_zone="Europe/Paris")
    event.organisers.add(world.people["organiser"])
    add_session(actor=None, event=event, kind="b2b", title_en="B2B",
                start=dt.datetime(2027, 5, 11, 9), end=dt.datetime(2027, 5, 11, 10))
    publish(actor=None, event=event)
    set_up(actor=None, event=event, tables=2, slot_minutes=20, mode="self_service")
    for role, organisation in (("member", world.organisation), ("other_member", world.other_organisation)):
        Registration.objects.create(event=event, user=world.people[role], organisation=organisation,
                                    status="confirmed")
    join_all(event=event)
    return event


def event(world):
    return {"slug": _event(world).slug}


def _participant(world, role):
    return _event(world).b2b_participants.get(user=world.people[role])


def counterpart(world):
    return {"slug": _event(world).slug, "pk": _participant(world, "other_member").pk}


def _request(world, *, accepted):
    requester, recipient = _participant(world, "member"), _participant(world, "other_member")
    found = MeetingRequest.objects.filter(requester=requester).first()
    if found is None:
        found = request_meeting(actor=requester.user, requester=requester, recipient=recipient, priority="must")
        if accepted:
            answer(actor=recipient.user, request=found, accept=True)
    return found


def pending_request(world):
    return {"slug": _event(world).slug, "pk": _request(world, accepted=False).pk}


def meeting(world):
    return {"slug": _event(world).slug, "pk": _request(world, accepted=True).meeting.pk}


def run(world):
    """A finished run with a draft placing the meeting in the first slot."""
    event = _event(world)
    found = event.b2b_runs.first()
    if found is None:
        placed = _request(world, accepted=True).meeting
        found = SchedulingRun.objects.create(event=event, status=RunStatus.FINISHED,
                                             figures={"held": 1, "meetings": 1, "breaks": 0, "moved": 0})
        Placement.objects.create(run=found, meeting=placed, slot=event.b2b_slots.first(), table=1)
    return {"slug": event.slug, "pk": found.pk}


def placement(world):
    return {"placement": Placement.objects.get(run_id=run(world)["pk"]).pk,
            "slot": _event(world).b2b_slots.last().number, "table": 2}


ORGANISER = ("organiser",)
SETUP = {"mode": "automatic", "tables": 3, "slot_minutes": 20, "request_expiry_hours": 48, "interpreters": 1}

ROWS = [
    Row("meetings:marketplace", only(200, *PARTICIPANTS), kwargs=event),
    Row("meetings:profile", only(200, *PARTICIPANTS), kwargs=event),
    Row("meetings:profile", only(302, *PARTICIPANTS), kwargs=event, method="POST",
        data=lambda world: {"offers": "Fuel cells", "seeks": "Partners"}),
    Row("meetings:ask", only(200, *PARTICIPANTS), kwargs=counterpart),
    # member asks other_member (302); other_member asking themselves is refused on the form (200)
    Row("meetings:ask", {**only(200, *PARTICIPANTS), "member": 302}, kwargs=counterpart, method="POST",
        data=lambda world: {"priority": "would", "message": "Hello"}),
    Row("meetings:requests", only(200, *PARTICIPANTS), kwargs=event),
    Row("meetings:answer", only(302, "other_member"), kwargs=pending_request, method="POST",
        data=lambda world: {"answer": "accept"}),
    Row("meetings:withdraw", only(302, "member"), kwargs=pending_request, method="POST"),
    Row("meetings:book", only(200, *PARTICIPANTS, *ORGANISER), kwargs=meeting),
    Row("meetings:book", only(302, *PARTICIPANTS), kwargs=meeting, method="POST",
        data=lambda world: {"slot": _event(world).b2b_slots.first().pk}),
    Row("meetings:cancel", only(302, *PARTICIPANTS, *ORGANISER), kwargs=meeting, method="POST"),
    Row("meetings:feedback", only(200, *PARTICIPANTS, *ORGANISER), kwargs=meeting),
    # the meeting has not taken place: participants are told on the page; organisers give no feedback
    Row("meetings:feedback", only(200, *PARTICIPANTS), kwargs=meeting, method="POST",
        data=lambda world: {"useful": "yes", "next_step": ""}),
    Row("meetings:availability", only(200, *PARTICIPANTS), kwargs=event),
    Row("meetings:availability", only(302, *PARTICIPANTS), kwargs=event, method="POST",
        data=lambda world: {"slot": [_event(world).b2b_slots.first().pk]}),
    Row("meetings:agenda", only(200, *PARTICIPANTS), kwargs=event),
    Row("meetings:agenda-ics", only(200, *PARTICIPANTS), kwargs=event),
    Row("meetings:agenda-pdf", only(200, *PARTICIPANTS), kwargs=event),
    Row("meetings:setup", only(200, *ORGANISER), kwargs=event),
    Row("meetings:setup", only(302, *ORGANISER), kwargs=event, method="POST", data=lambda world: SETUP),
    Row("meetings:runs", only(200, *ORGANISER), kwargs=event),
    Row("meetings:run", only(200, *ORGANISER), kwargs=run),
    Row("meetings:progress", only(200, *ORGANISER), kwargs=run),
    Row("meetings:stop", only(302, *ORGANISER), kwargs=run, method="POST"),
    Row("meetings:edit", only(302, *ORGANISER), kwargs=run, method="POST", data=placement),
    Row("meetings:publish", only(302, *ORGANISER), kwargs=run, method="POST", data=lambda world: {"version": 0}),
    Row("meetings:responsiveness", only(200, *ORGANISER), kwargs=event),
    Row("meetings:organiser-meeting", only(302, *ORGANISER), kwargs=event, method="POST",
        data=lambda world: {"first": _participant(world, "member").pk, "second": _participant(world, "other_member").pk}),
    Row("meetings:interpreters", only(302, *ORGANISER), kwargs=event, method="POST",
        data=lambda world: {f"slot-{_event(world).b2b_slots.first().pk}": "2"}),
    Row("meetings:table-plan", only(200, *ORGANISER), kwargs=event),
    Row("meetings:check-in", only(200, *ORGANISER), kwargs=event),
    Row("meetings:check-in-one", only(200, *ORGANISER), kwargs=meeting, method="POST",
        data=lambda world: {"attendance": "held"}),
]
