"""Self-service booking: free slots, double booking refused, and the race on PostgreSQL."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from meetings.factories import accepted, b2b_event, participants

from ejrc.meetings.domain.booking import book, free_slots
from ejrc.meetings.domain.requests import cancel_meeting, set_unavailable
from ejrc.meetings.models import Meeting, Seat


@pytest.fixture
def self_service(organiser):
    return b2b_event(organiser=organiser, mode="self_service", tables=1)


def test_a_booking_takes_a_slot_and_a_table(self_service):
    eu, jp = participants(self_service, 2)
    meeting = accepted(eu, jp)
    slot = self_service.b2b_slots.first()
    book(actor=eu.user, meeting=meeting, slot=slot)
    meeting.refresh_from_db()
    assert (meeting.slot, meeting.table) == (slot, 1)
    assert set(Seat.objects.values_list("slot", flat=True)) == {slot.pk}


def test_free_slots_leave_out_busy_unavailable_and_full_ones(self_service):
    a, b, c, d = participants(self_service, 4)
    first, second, third = accepted(a, b), accepted(a, d), accepted(c, d)
    slots = list(self_service.b2b_slots.all())
    book(actor=a.user, meeting=first, slot=slots[0])
    set_unavailable(actor=d.user, participant=d, slot_ids=[slots[1].pk])
    offered = free_slots(second, tables=1)
    assert slots[0] not in offered and slots[1] not in offered and slots[2] in offered
    assert slots[0] not in free_slots(third, tables=1)  # its one table is taken


def test_a_slot_someone_took_is_refused_and_nothing_is_saved(self_service):
    a, b, c, d = participants(self_service, 4)
    slot = self_service.b2b_slots.first()
    book(actor=a.user, meeting=accepted(a, b), slot=slot)
    late = accepted(c, d)
    with pytest.raises(ValidationError, match="just took"):
        book(actor=c.user, meeting=late, slot=slot)
    late.refresh_from_db()
    assert late.slot is None and not late.seats.filter(slot__isnull=False).exists()


def test_a_participant_cannot_sit_twice_in_a_slot_even_bypassing_the_checks(self_service):
    a, b, c, _d = participants(self_service, 4)
    slot = self_service.b2b_slots.first()
    book(actor=a.user, meeting=accepted(a, b), slot=slot)
    other = accepted(a, c)
    with pytest.raises(IntegrityError):
        Seat.objects.filter(meeting=other, participant=a).update(slot=slot)


def test_cancelling_frees_the_slot(self_service):
    a, b, c, d = participants(self_service, 4)
    slot = self_service.b2b_slots.first()
    meeting = book(actor=a.user, meeting=accepted(a, b), slot=slot)
    cancel_meeting(actor=b.user, meeting=meeting)
    book(actor=c.user, meeting=accepted(c, d), slot=slot)
    assert Meeting.objects.get(slot=slot).seats.filter(participant=c).exists()
