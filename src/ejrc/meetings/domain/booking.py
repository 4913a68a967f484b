"""Self-service booking: the participants of an accepted meeting pick a free slot and table.

The slot's row is locked while the choice is checked and written, so two bookings of one
slot run one after the other and the second is told; the unique constraints on
(slot, table) and (participant, slot) are the last guard.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ejrc.core.activity import log_action
from ejrc.meetings.models import Meeting, MeetingStatus, Seat, Slot, Unavailability

TAKEN = gettext_lazy("Someone just took this slot or table; choose another.")


def free_tables(meeting, slot, *, tables):
    used = set(Meeting.objects.filter(slot=slot).exclude(pk=meeting.pk).values_list("table", flat=True))
    return [n for n in range(1, tables + 1) if n not in used]


def free_slots(meeting, *, tables):
    """The slots where every participant of ``meeting`` is free and a table is left (4 queries)."""
    people = list(meeting.seats.values_list("participant_id", flat=True))
    busy = set(Seat.objects.filter(participant_id__in=people, slot__isnull=False).exclude(meeting=meeting)
               .values_list("slot_id", flat=True))
    busy |= set(Unavailability.objects.filter(participant_id__in=people).values_list("slot_id", flat=True))
    full = {}
    for slot_id in Meeting.objects.filter(event_id=meeting.event_id, slot__isnull=False,
                                          table__isnull=False).values_list("slot_id", flat=True):
        full[slot_id] = full.get(slot_id, 0) + 1
    return [slot for slot in Slot.objects.filter(event_id=meeting.event_id)
            if slot.pk not in busy and (meeting.request.online or full.get(slot.pk, 0) < tables)]


def book(*, actor, meeting, slot, table=None):
    """Put ``meeting`` in ``slot`` at ``table`` (any free one when None; none when online)."""
    meeting = Meeting.objects.select_related("request", "event__b2b").get(pk=meeting.pk)
    people = list(meeting.seats.select_related("participant"))
    if actor.pk not in {seat.participant.user_id for seat in people}:
        raise PermissionDenied
    if meeting.status != MeetingStatus.ACTIVE:
        raise ValidationError(_("This meeting was cancelled."))
    if slot.event_id != meeting.event_id:
        raise ValidationError(_("This slot is not one of this event's."))
    tables = meeting.event.b2b.tables
    try:
        with transaction.atomic():
            Slot.objects.select_for_update().get(pk=slot.pk)
            if slot not in free_slots(meeting, tables=tables):
                raise ValidationError(TAKEN, code="taken")
            if meeting.request.online:
                table = None
            else:
                free = free_tables(meeting, slot, tables=tables)
                table = table or (free[0] if free else None)
                if table not in free:
                    raise ValidationError(TAKEN, code="taken")
            meeting.slot, meeting.table = slot, table
            meeting.save(update_fields=["slot", "table"])
            Seat.objects.filter(meeting=meeting).update(slot=slot)
            log_action(actor=actor, action="meetings.book", subject=meeting,
                       data={"slot": slot.number, "table": table})
    except IntegrityError:
        raise ValidationError(TAKEN, code="taken_at_commit") from None
    return meeting
