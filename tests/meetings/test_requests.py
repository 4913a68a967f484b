"""Requests: asking, answering, expiry, the organisers' meetings, and every refusal of the issue."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from meetings.factories import accepted, b2b_event, participants

from ejrc.meetings.domain.requests import (
    answer, expire_due_requests, organiser_meeting, request_meeting, set_unavailable, withdraw,
)
from ejrc.meetings.domain.queries import responsiveness
from ejrc.meetings.models import MeetingRequest, RequestStatus


def ask(first, second, **options):
    return request_meeting(actor=first.user, requester=first, recipient=second, priority="must", **options)


def test_a_request_accepted_makes_a_meeting_with_both_seats(four):
    from ejrc.core.models import OutgoingMail

    eu, jp = four[0], four[1]
    request = ask(eu, jp, message="Hydrogen?", interpreter=True, online=True)
    assert request.expires_at - request.created == pytest.approx(dt.timedelta(hours=72), abs=dt.timedelta(seconds=5))
    meeting = answer(actor=jp.user, request=request, accept=True)
    assert set(meeting.seats.values_list("participant_id", flat=True)) == {eu.pk, jp.pk}
    assert meeting.online_url.startswith("https://meet.example/b2b/ejrc-")
    assert list(OutgoingMail.objects.order_by("pk").values_list("to", flat=True)) == [jp.user.email, eu.user.email]


def test_asking_oneself_is_refused(four):
    with pytest.raises(ValidationError, match="yourself"):
        ask(four[0], four[0])


def test_asking_a_participant_of_another_event_is_refused(four, organiser):
    other_event = b2b_event(organiser=organiser, slug="other-b2b")
    stranger = participants(other_event, 1)[0]
    with pytest.raises(ValidationError, match="does not take part"):
        ask(four[0], stranger)


@pytest.mark.parametrize("reverse", [False, True])
def test_asking_twice_is_refused_either_way(four, reverse):
    ask(four[0], four[1])
    with pytest.raises(ValidationError, match="already a request"):
        ask(*((four[1], four[0]) if reverse else (four[0], four[1])))
    assert MeetingRequest.objects.count() == 1


def test_asking_again_after_a_decline_is_allowed(four):
    answer(actor=four[1].user, request=ask(four[0], four[1]), accept=False)
    assert ask(four[0], four[1]).status == RequestStatus.PENDING


def test_an_expired_request_cannot_be_accepted(four):
    request = ask(four[0], four[1])
    later = timezone.now() + dt.timedelta(hours=73)
    with pytest.raises(ValidationError, match="expired"):
        answer(actor=four[1].user, request=request, accept=True, now=later)
    assert expire_due_requests(now=later) == 1
    request.refresh_from_db()
    assert request.status == RequestStatus.EXPIRED
    with pytest.raises(ValidationError, match="expired"):
        answer(actor=four[1].user, request=request, accept=True)


def test_a_withdrawn_request_cannot_be_accepted(four):
    request = withdraw(actor=four[0].user, request=ask(four[0], four[1]))
    with pytest.raises(ValidationError, match="withdrawn"):
        answer(actor=four[1].user, request=request, accept=True)
    assert MeetingRequest.objects.get().status == RequestStatus.WITHDRAWN
    assert not four[0].event.b2b_meetings.exists()


def test_only_the_recipient_answers(four):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        answer(actor=four[0].user, request=ask(four[0], four[1]), accept=True)


def test_a_trilateral_meeting_seats_three(event):
    eu, jp = participants(event, 2)
    from meetings.factories import person

    from ejrc.events.models import Registration
    from ejrc.meetings.domain.setup import join_all

    third_user = person(third="VN")
    Registration.objects.create(event=event, user=third_user, organisation=third_user.memberships.get().organisation,
                                status="confirmed")
    join_all(event=event)
    third = event.b2b_participants.get(user=third_user)
    assert third.side == "third"
    meeting = accepted(eu, jp, third=third)
    assert meeting.seats.count() == 3


def test_organisers_put_people_together(four, organiser):
    meeting = organiser_meeting(actor=organiser, event=four[0].event, first=four[0], second=four[1])
    assert meeting.request.status == RequestStatus.ACCEPTED and meeting.request.by_organiser == organiser


def test_unavailability_is_exactly_what_was_ticked(four):
    slots = list(four[0].event.b2b_slots.values_list("pk", flat=True))
    set_unavailable(actor=four[0].user, participant=four[0], slot_ids=slots[:3])
    set_unavailable(actor=four[0].user, participant=four[0], slot_ids=slots[2:4])
    assert set(four[0].unavailable.values_list("slot_id", flat=True)) == set(slots[2:4])


def test_responsiveness_counts_answers_and_time(four):
    answer(actor=four[1].user, request=ask(four[0], four[1]), accept=True)
    ask(four[2], four[1])
    row = next(p for p in responsiveness(four[0].event) if p.pk == four[1].pk)
    assert (row.received_count, row.answered_count) == (2, 1)
    assert row.answer_time is not None and row.answer_time < dt.timedelta(minutes=1)
