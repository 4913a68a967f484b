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


@pytest.fixture
def two_drafts(organiser):
    from ejrc.meetings.domain import runs

    event = b2b_event(organiser=organiser, slug="publish-race")
    a, b, c, d = participants(event, 4)
    accepted(a, b), accepted(c, d)
    drafts = []
    for _ in range(2):
        run = runs.start_run(actor=organiser, event=event, time_limit=2)
        runs.execute_run(run.pk)  # has run already if the commit ran the task eagerly: then nothing
        drafts.append(run)
    return organiser, drafts


def _publish_both(organiser, drafts):
    from ejrc.meetings.domain.draft import publish

    return run_concurrently(*[lambda run=run: publish(actor=organiser, run=run, version=0) for run in drafts],
                            pause_after='FROM "meetings_b2bsetup"')


def test_two_organisers_publishing_at_once_one_wins_and_the_other_is_told(two_drafts):
    from ejrc.meetings.models import B2BSetup

    outcomes = _publish_both(*two_drafts)
    errors = [o.error for o in outcomes if not o.ok]
    assert len(errors) == 1 and "Another organiser published" in errors[0].messages[0]
    assert B2BSetup.objects.get().published_version == 1


def test_without_the_lock_both_publish_over_each_other(two_drafts):
    from ejrc.meetings.models import RunStatus, SchedulingRun

    with locks_off():
        outcomes = _publish_both(*two_drafts)
    assert all(o.ok for o in outcomes)  # the race: both think they published version 1
    assert SchedulingRun.objects.filter(status=RunStatus.PUBLISHED).count() == 2
