"""The B2B part of the upcoming demo event (the events' Gifu forum): participants, requests
(accepted, pending and declined; must-meet and would-like) and a published schedule.

Idempotent: an event with a B2B set-up already is left alone. Runs after the events' demo.
"""

from ejrc.accounts.models import User
from ejrc.events.domain.demo import UPCOMING_SLUG
from ejrc.events.models import Event
from ejrc.meetings.models import B2BSetup, Participant, SchedulingMode, Side

from .draft import publish
from .requests import answer, request_meeting
from .runs import execute_run, start_run
from .setup import join_all, set_up

DEMO_TIME_LIMIT = 3


def load_b2b_demo(*, say):
    event = Event.objects.filter(slug=UPCOMING_SLUG).first()
    staff = User.objects.filter(email="staff.gifu@demo.example").first()
    if event is None or staff is None:
        say("B2B demo skipped: load the events' demo first.")
        return
    if B2BSetup.objects.filter(event=event).exists():
        say("B2B demo: already there.")
        return
    set_up(actor=staff, event=event, tables=3, slot_minutes=20, mode=SchedulingMode.AUTOMATIC, interpreters=1,
           online_link_base="https://meet.example/gifu-b2b")
    join_all(event=event)
    people = list(Participant.objects.filter(event=event).select_related("user", "organisation"))
    europe = [p for p in people if p.side != Side.JAPAN]
    japan = [p for p in people if p.side == Side.JAPAN]
    made = 0
    for i, european in enumerate(europe):
        for j, japanese in enumerate(japan):
            request = request_meeting(actor=european.user, requester=european, recipient=japanese,
                                      priority="must" if i == j else "would", message="Hydrogen logistics?",
                                      interpreter=(i + j) % 3 == 0, online=(i + j) % 4 == 3)
            if (i + j) % 5 != 4:  # a few stay pending, to answer in the demo
                answer(actor=japanese.user, request=request, accept=(i, j) != (2, 1))
            made += 1
    run = start_run(actor=staff, event=event, time_limit=DEMO_TIME_LIMIT)
    execute_run(run.pk)  # when tasks run eagerly start_run has run it already: then this does nothing
    run.refresh_from_db()
    if run.has_draft:
        publish(actor=staff, run=run, version=0)
        run.refresh_from_db()
    say(f"B2B demo: {len(people)} participants, {made} requests, schedule {run.status}.")
