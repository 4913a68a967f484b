"""Simultaneous sign-ups on PostgreSQL: the last place goes to one person, the other waits.

Each race has a control run with the row lock removed, which shows that the race is real
and that the lock is what wins it.
"""

import pytest
from directory.factories import MembershipFactory, StaffUserFactory, offices
from support.concurrency import locks_off, postgres_only, run_concurrently
from events.factories import make_event, site_visit

from ejrc.events.domain.changes import change_registration
from ejrc.events.domain.registration import register
from ejrc.events.models import Registration, SessionChoice

pytestmark = postgres_only


def _racers(*, event_capacity, visit_capacity):
    offices()
    organiser = StaffUserFactory()
    event = make_event(organiser=organiser, capacity=event_capacity)
    visit = site_visit(event, organiser=organiser, capacity=visit_capacity)
    people = [MembershipFactory(role="member") for _ in range(2)]
    return [lambda m=m: register(actor=m.user, event=event, organisation=m.organisation, sessions=[visit])
            for m in people]


# Each race pauses both transactions right after they have read what the place depends on.
RACES = {
    "the event's last place": ({"event_capacity": 1, "visit_capacity": None}, '"events_registration"',
                               lambda: Registration.objects.values_list("status", flat=True)),
    "a site visit's last place": ({"event_capacity": None, "visit_capacity": 1}, 'INSERT INTO "events_sessionchoice"',
                                  lambda: SessionChoice.objects.values_list("status", flat=True)),
}


def _race(race, *, locks):
    capacities, pause_after, statuses = RACES[race]
    calls = _racers(**capacities)
    if locks:
        outcomes = run_concurrently(*calls, pause_after=pause_after)
    else:
        with locks_off():
            outcomes = run_concurrently(*calls, pause_after=pause_after)
    assert [outcome.error for outcome in outcomes] == [None, None]
    return sorted(statuses())


@pytest.mark.parametrize("race", RACES)
def test_two_people_racing_for_the_last_place_one_gets_it_one_waits(race):
    assert _race(race, locks=True) == ["confirmed", "waiting"]


@pytest.mark.parametrize("race", RACES)
def test_control_without_the_lock_both_get_the_last_place(race):
    assert _race(race, locks=False) == ["confirmed", "confirmed"]


def test_the_same_person_registering_twice_at_once_gets_one_registration():
    offices()
    organiser = StaffUserFactory()
    event = make_event(organiser=organiser)
    member = MembershipFactory(role="member")
    call = lambda: register(actor=member.user, event=event, organisation=member.organisation)  # noqa: E731
    with locks_off():  # even without the lock, the partial unique constraint holds
        outcomes = run_concurrently(call, call, pause_after='"events_registration"')
    refused = [outcome.error for outcome in outcomes if not outcome.ok]
    assert [error.messages for error in refused] == [["You are already registered for this event."]]
    assert Registration.objects.count() == 1


def _changers():
    """Two confirmed participants, each changing their registration to take a visit's last place."""
    offices()
    organiser = StaffUserFactory()
    event = make_event(organiser=organiser)
    visit = site_visit(event, organiser=organiser, capacity=1)
    people = [MembershipFactory(role="member") for _ in range(2)]
    registrations = [register(actor=m.user, event=event, organisation=m.organisation, notify=False) for m in people]
    return [lambda r=r: change_registration(actor=r.user, registration=r, sessions=[visit]) for r in registrations]


def test_two_people_changing_to_the_last_place_one_gets_it_one_waits():
    outcomes = run_concurrently(*_changers(), pause_after='INSERT INTO "events_sessionchoice"')
    assert [outcome.error for outcome in outcomes] == [None, None]
    assert sorted(SessionChoice.objects.values_list("status", flat=True)) == ["confirmed", "waiting"]


def test_control_without_the_lock_both_changes_get_the_last_place():
    with locks_off():
        outcomes = run_concurrently(*_changers(), pause_after='INSERT INTO "events_sessionchoice"')
    assert [outcome.error for outcome in outcomes] == [None, None]
    assert sorted(SessionChoice.objects.values_list("status", flat=True)) == ["confirmed", "confirmed"]
