"""Automatic scheduling: a run through the task layer with the real solver, its draft and
figures, stopping, a worker that dies, hand edits, publishing and re-planning."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from meetings.factories import accepted

from ejrc.core.models import OutgoingMail
from ejrc.meetings.domain import draft, runs
from ejrc.meetings.domain.requests import cancel_meeting, set_unavailable
from ejrc.meetings.models import Meeting, Placement, RunStatus, SchedulingRun, Seat


@pytest.fixture
def meetings(four):
    eu1, jp1, eu2, jp2 = four
    return [accepted(eu1, jp1, priority="must"), accepted(eu1, jp2), accepted(eu2, jp1), accepted(eu2, jp2)]


def run_now(organiser, event, capture, **options):
    with capture(execute=True):
        run = runs.start_run(actor=organiser, event=event, time_limit=options.pop("time_limit", 5), **options)
    run.refresh_from_db()
    return run


def test_a_run_gives_a_draft_with_its_figures(organiser, event, meetings, django_capture_on_commit_callbacks):
    run = run_now(organiser, event, django_capture_on_commit_callbacks)
    assert run.status == RunStatus.FINISHED
    assert run.figures["held"] == 4 and run.figures["meetings"] == 4
    assert run.figures["breaks"] == 0 and run.figures["status"] == "optimal"
    placements = list(Placement.objects.filter(run=run))
    assert len(placements) == 4 and all(p.slot_id and p.table in (1, 2) for p in placements)
    assert run.progress["phase"] == "done"
    assert not Meeting.objects.filter(slot__isnull=False).exists()  # a draft only


def test_publishing_places_meetings_and_mails_each_agenda(organiser, event, meetings, four,
                                                          django_capture_on_commit_callbacks):
    run = run_now(organiser, event, django_capture_on_commit_callbacks)
    four[1].user.preferred_language = "ja"
    four[1].user.save()
    with django_capture_on_commit_callbacks(execute=True):
        draft.publish(actor=organiser, run=run, version=0)
    for meeting in Meeting.objects.all():
        assert meeting.slot_id and set(meeting.seats.values_list("slot_id", flat=True)) == {meeting.slot_id}
    mails = {m.to: m for m in OutgoingMail.objects.filter(template="meetings/email/agenda")}
    assert set(mails) == {p.user.email for p in four}
    assert mails[four[1].user.email].language == "ja" and "B2B" in mails[four[1].user.email].subject
    assert mails[four[1].user.email].attachments[0]["name"].endswith(".ics")
    with pytest.raises(ValidationError, match="Another organiser published"):
        draft.publish(actor=organiser, run=run, version=0)


def test_a_second_run_waits_for_the_first(organiser, event, meetings):
    runs.start_run(actor=organiser, event=event)  # queued: on_commit never fires inside the test
    with pytest.raises(ValidationError, match="already under way"):
        runs.start_run(actor=organiser, event=event)


def test_nothing_to_schedule_is_said(organiser, event, four):
    with pytest.raises(ValidationError, match="no accepted meeting"):
        runs.start_run(actor=organiser, event=event)


def test_stop_keeps_the_best_so_far_and_a_stop_after_the_end_is_harmless(organiser, event, meetings):
    run = runs.start_run(actor=organiser, event=event)
    assert runs.stop_run(actor=organiser, run=run)
    runs.execute_run(run.pk)
    run.refresh_from_db()
    assert run.status == RunStatus.STOPPED and run.has_draft and run.figures["held"] >= 1
    assert runs.stop_run(actor=organiser, run=run) is False
    run.refresh_from_db()
    assert run.status == RunStatus.STOPPED


def test_a_run_whose_worker_died_is_failed_and_can_be_started_again(organiser, event, meetings):
    run = runs.start_run(actor=organiser, event=event)
    assert runs.claim(run.pk)
    SchedulingRun.objects.filter(pk=run.pk).update(heartbeat_at=timezone.now() - dt.timedelta(minutes=1))
    assert runs.expire_dead_runs(event=event) == 1
    run.refresh_from_db()
    assert run.status == RunStatus.FAILED and "start the run again" in run.error
    assert runs.execute_run(run.pk) is None  # the redelivered message of the dead worker does nothing
    again = runs.start_run(actor=organiser, event=event)
    assert again.status == RunStatus.QUEUED


def test_a_live_heartbeat_keeps_the_run(organiser, event, meetings):
    run = runs.start_run(actor=organiser, event=event)
    runs.claim(run.pk)
    assert runs.expire_dead_runs(event=event) == 0


def test_a_run_that_never_found_a_worker_fails_in_the_end(organiser, event, meetings):
    run = runs.start_run(actor=organiser, event=event)
    SchedulingRun.objects.filter(pk=run.pk).update(created=timezone.now() - dt.timedelta(hours=1))
    assert runs.expire_dead_runs() == 1


def _published(organiser, event, capture):
    run = run_now(organiser, event, capture)
    draft.publish(actor=organiser, run=run, version=0)
    return {m.pk: (m.slot_id, m.table) for m in Meeting.objects.all()}


def test_replanning_keeps_published_meetings_where_they_are(organiser, event, meetings, four,
                                                            django_capture_on_commit_callbacks):
    before = _published(organiser, event, django_capture_on_commit_callbacks)
    cancel_meeting(actor=four[0].user, meeting=meetings[0])
    from meetings.factories import participants

    newcomer = participants(event, 1)[0]
    late = accepted(newcomer, four[1])
    run = run_now(organiser, event, django_capture_on_commit_callbacks)
    kept = {p.meeting_id: (p.slot_id, p.table) for p in Placement.objects.filter(run=run)}
    for meeting in meetings[1:]:
        assert kept[meeting.pk] == before[meeting.pk]
    assert kept[late.pk][0] is not None and run.figures["moved"] == 0
    draft.publish(actor=organiser, run=run, version=1)
    assert Meeting.objects.get(pk=meetings[0].pk).slot is None


def test_a_kept_meeting_whose_slot_became_unavailable_is_left_out_with_the_reason(
        organiser, event, meetings, four, django_capture_on_commit_callbacks):
    before = _published(organiser, event, django_capture_on_commit_callbacks)
    set_unavailable(actor=four[0].user, participant=four[0], slot_ids=[before[meetings[0].pk][0]])
    run = run_now(organiser, event, django_capture_on_commit_callbacks)
    placement = Placement.objects.get(run=run, meeting=meetings[0])
    assert placement.slot is None and placement.moved and placement.reason == "participant_unavailable"


def test_hand_edits_refuse_double_bookings_and_warn_before_saving(organiser, event, meetings, four,
                                                                 django_capture_on_commit_callbacks):
    run = run_now(organiser, event, django_capture_on_commit_callbacks)
    first = Placement.objects.get(run=run, meeting=meetings[0])  # eu1 with jp1
    clash = Placement.objects.get(run=run, meeting=meetings[1])  # eu1 with jp2
    with pytest.raises(ValidationError, match="already has a meeting"):
        draft.move(actor=organiser, run=run, placement=first, slot=clash.slot, table=None)
    empty = next(s for s in event.b2b_slots.all()
                 if not Placement.objects.filter(run=run, slot=s).exists())
    set_unavailable(actor=four[0].user, participant=four[0], slot_ids=[empty.pk])
    warnings = draft.move(actor=organiser, run=run, placement=first, slot=empty, table=1)
    assert warnings and "unavailable" in warnings[0]
    first.refresh_from_db()
    assert first.slot != empty  # nothing saved until confirmed
    assert draft.move(actor=organiser, run=run, placement=first, slot=empty, table=1, confirmed=True) == []
    first.refresh_from_db()
    assert first.slot == empty


def test_a_swap_exchanges_two_places(organiser, event, meetings, django_capture_on_commit_callbacks):
    run = run_now(organiser, event, django_capture_on_commit_callbacks)
    one = Placement.objects.get(run=run, meeting=meetings[0])  # eu1-jp1
    two = Placement.objects.get(run=run, meeting=meetings[3])  # eu2-jp2: nobody in common
    places = (one.slot_id, one.table), (two.slot_id, two.table)
    draft.swap(actor=organiser, run=run, first=one, second=two, confirmed=True)
    one.refresh_from_db()
    two.refresh_from_db()
    assert ((one.slot_id, one.table), (two.slot_id, two.table)) == (places[1], places[0])


def test_publishing_twice_the_same_places_keeps_seats_consistent(organiser, event, meetings,
                                                                 django_capture_on_commit_callbacks):
    _published(organiser, event, django_capture_on_commit_callbacks)
    run = run_now(organiser, event, django_capture_on_commit_callbacks, allow_moves=True)
    draft.publish(actor=organiser, run=run, version=1)
    for seat in Seat.objects.select_related("meeting"):
        assert seat.slot_id == seat.meeting.slot_id


def test_with_moves_allowed_only_the_affected_meeting_moves_and_says_why(
        organiser, event, meetings, four, django_capture_on_commit_callbacks):
    before = _published(organiser, event, django_capture_on_commit_callbacks)
    set_unavailable(actor=four[0].user, participant=four[0], slot_ids=[before[meetings[0].pk][0]])
    run = run_now(organiser, event, django_capture_on_commit_callbacks, allow_moves=True)
    placements = {p.meeting_id: p for p in Placement.objects.filter(run=run)}
    affected = placements[meetings[0].pk]
    assert affected.moved and affected.slot_id not in (None, before[meetings[0].pk][0])
    assert affected.reason == "participant_unavailable"
    for meeting in meetings[1:]:
        assert (placements[meeting.pk].slot_id, placements[meeting.pk].table) == before[meeting.pk]
    assert run.figures["moved"] == 1 == run.figures["lower_bound_moves"]


def test_online_meetings_take_no_table_and_interpreters_are_limited_per_slot(
        organiser, django_capture_on_commit_callbacks):
    from meetings.factories import b2b_event, participants

    event = b2b_event(organiser=organiser, slug="interpreted", tables=1, interpreters=1)
    a, b, c, d = participants(event, 4)
    online = accepted(a, b, online=True)
    first, second = accepted(c, b, interpreter=True), accepted(a, d, interpreter=True)
    run = run_now(organiser, event, django_capture_on_commit_callbacks)
    placements = {p.meeting_id: p for p in Placement.objects.filter(run=run)}
    assert placements[online.pk].slot_id and placements[online.pk].table is None
    assert placements[first.pk].slot_id != placements[second.pk].slot_id
    assert all(used <= 1 for used in run.figures["interpreters_used"].values())
