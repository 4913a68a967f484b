"""Races on PostgreSQL, each with its control run without the row lock: two bookings of the
last table of a slot, and two organisers publishing at once."""

import pytest
from django.core.exceptions import ValidationError
from meetings.factories import accepted, b2b_event, participants
from support.concurrency import locks_off, postgres_only, run_concurrently

from ejrc.meetings.domain.booking import book
from ejrc.meetings.models import Meeting

pytestmark = postgres_only


@pytest.fixture
def two_meetings_for_one_table(organiser):
    event = b2b_event(organiser=organiser, mode="self_service", tables=1, slug="race-b2b")
    a, b, c, d = participants(event, 4)
    return event.b2b_slots.first(), (a, accepted(a, b)), (c, accepted(c, d))


def _book_both(slot, one, two):
    return run_concurrently(lambda: book(actor=one[0].user, meeting=one[1], slot=slot),
                            lambda: book(actor=two[0].user, meeting=two[1], slot=slot),
                            pause_after='FROM "meetings_slot"')


def test_with_the_lock_one_books_and_the_other_is_told(two_meetings_for_one_table):
    outcomes = _book_both(*two_meetings_for_one_table)
    errors = [o.error for o in outcomes if not o.ok]
    assert len(errors) == 1 and isinstance(errors[0], ValidationError)
    assert errors[0].code == "taken"  # caught by the check under the lock
    assert Meeting.objects.filter(slot__isnull=False).count() == 1


def test_without_the_lock_both_pass_the_check_and_only_the_constraint_stops_one(two_meetings_for_one_table):
    with locks_off():
        outcomes = _book_both(*two_meetings_for_one_table)
    errors = [o.error for o in outcomes if not o.ok]
    assert len(errors) == 1 and errors[0].code == "taken_at_commit"
    assert Meeting.objects.filter(slot__isnull=False).count() == 1
