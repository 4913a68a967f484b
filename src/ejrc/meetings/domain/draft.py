"""The organiser's hand edits of a draft, and publishing it.

A move or swap is checked before it is saved: a participant in two meetings at once or a
table used twice is refused; an unavailable participant or an interpreter beyond the slot's
capacity is a warning the organiser must confirm. Publishing locks the event's B2B set-up and
checks the version the organiser's page was drawn from, so of two organisers publishing at
once one wins and the other is told.
"""

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ejrc.core.activity import log_action
from ejrc.core.tasks import enqueue
from ejrc.meetings.models import (
    B2BSetup, Meeting, MeetingStatus, Placement, RunStatus, SchedulingRun, Seat, Slot, Unavailability,
)


def _people(meeting_ids):
    people = {}
    for meeting_id, participant_id in Seat.objects.filter(meeting_id__in=meeting_ids).values_list(
            "meeting_id", "participant_id"):
        people.setdefault(meeting_id, set()).add(participant_id)
    return people


def conflicts(*, run, changes):
    """``changes``: {placement: (slot, table)}. Returns (refusals, warnings), lists of texts."""
    others = list(Placement.objects.filter(run=run, slot__isnull=False).exclude(
        pk__in=[p.pk for p in changes]).values_list("meeting_id", "slot_id", "table"))
    people = _people([p.meeting_id for p in changes] + [o[0] for o in others])
    busy = {}
    for meeting_id, slot_id, table in others:
        busy.setdefault(slot_id, []).append((people.get(meeting_id, set()), table))
    refusals, warnings = [], []
    requests = {m.pk: m.request for m in Meeting.objects.filter(pk__in=[p.meeting_id for p in changes])
                .select_related("request")}
    for placement, (slot, table) in changes.items():
        if slot is None:
            continue
        mine = people.get(placement.meeting_id, set())
        for theirs, their_table in busy.get(slot.pk, []):
            if mine & theirs:
                refusals.append(_("Slot %(slot)s: a participant already has a meeting then.") % {"slot": slot.number})
            if table and table == their_table:
                refusals.append(_("Slot %(slot)s: table %(table)s is taken.") % {"slot": slot.number, "table": table})
        busy.setdefault(slot.pk, []).append((mine, table))
        if Unavailability.objects.filter(participant_id__in=mine, slot=slot).exists():
            warnings.append(_("Slot %(slot)s: a participant said they are unavailable then.") % {"slot": slot.number})
        if requests[placement.meeting_id].interpreter:
            used = Placement.objects.filter(run=run, slot=slot, meeting__request__interpreter=True).exclude(
                pk__in=[p.pk for p in changes]).count() + 1
            if used > slot.interpreters:
                warnings.append(_("Slot %(slot)s: no interpreter is left.") % {"slot": slot.number})
    return refusals, warnings


def move(*, actor, run, placement, slot, table, confirmed=False):
    """Move one placement; returns the warnings (nothing saved while unconfirmed warnings remain)."""
    return _apply(actor=actor, run=run, changes={placement: (slot, table)}, confirmed=confirmed)


def swap(*, actor, run, first, second, confirmed=False):
    slots = Slot.objects.in_bulk([p.slot_id for p in (first, second) if p.slot_id])
    changes = {first: (slots.get(second.slot_id), second.table), second: (slots.get(first.slot_id), first.table)}
    return _apply(actor=actor, run=run, changes=changes, confirmed=confirmed)


def _apply(*, actor, run, changes, confirmed):
    if not run.has_draft:
        raise ValidationError(_("Only a finished run's draft can be changed."))
    refusals, warnings = conflicts(run=run, changes=changes)
    if refusals:
        raise ValidationError(refusals)
    if warnings and not confirmed:
        return warnings
    with transaction.atomic():
        for placement, (slot, table) in changes.items():
            placement.slot, placement.table, placement.reason = slot, table, ""
            placement.save(update_fields=["slot", "table", "reason"])
        log_action(actor=actor, action="meetings.draft.edit", subject=run)
    return []


CHUNK = 1000


def _place(event_id, placements):
    """Every meeting of the event to its (slot, table), its seats to their meeting's slot.

    Emptied first, so that swapped meetings never meet the unique constraints half-way; then
    ``UPDATE ... FROM (VALUES ...)`` a thousand meetings at a time and one statement for the
    seats (Django's bulk_update builds a CASE per row: seconds at a few thousand meetings).
    """
    Meeting.objects.filter(event_id=event_id).update(slot=None, table=None)
    Seat.objects.filter(meeting__event_id=event_id).update(slot=None)
    meetings, seats = Meeting._meta.db_table, Seat._meta.db_table
    # SQLite names a VALUES list's columns column1, column2...; PostgreSQL takes an alias list.
    names = "v(id, slot, tab)" if connection.vendor == "postgresql" else "v"
    key, slot, tab = ("v.id", "v.slot", "v.tab") if connection.vendor == "postgresql" else (
        "v.column1", "v.column2", "v.column3")
    cast = "::integer" if connection.vendor == "postgresql" else ""
    with connection.cursor() as cursor:
        for at in range(0, len(placements), CHUNK):
            chunk = placements[at:at + CHUNK]
            rows = ", ".join([f"(%s{cast}, %s{cast}, %s{cast})"] * len(chunk))
            cursor.execute(f'UPDATE "{meetings}" SET "slot_id" = {slot}, "table" = {tab} FROM (VALUES {rows}) AS {names} '
                           f'WHERE "{meetings}"."id" = {key}', [value for row in chunk for value in row])
        cursor.execute(f'UPDATE "{seats}" SET "slot_id" = (SELECT m."slot_id" FROM "{meetings}" m '
                       f'WHERE m."id" = "{seats}"."meeting_id") WHERE "meeting_id" IN '
                       f'(SELECT "id" FROM "{meetings}" WHERE "event_id" = %s AND "slot_id" IS NOT NULL)', [event_id])


def publish(*, actor, run, version):
    """Make the run's draft the event's schedule and mail every participant their agenda."""
    from ejrc.meetings.tasks import mail_agendas

    with transaction.atomic():
        setup = B2BSetup.objects.select_for_update().get(event_id=run.event_id)
        if setup.published_version != version:
            raise ValidationError(_("Another organiser published a schedule a moment ago; "
                                    "look at it before publishing again."))
        run = SchedulingRun.objects.select_for_update().get(pk=run.pk)
        if not run.has_draft:
            raise ValidationError(_("This run has no draft to publish."))
        placements = [p for p in Placement.objects.filter(run=run, meeting__status=MeetingStatus.ACTIVE)
                      .values_list("meeting_id", "slot_id", "table") if p[1]]
        _place(run.event_id, placements)
        run.status = RunStatus.PUBLISHED
        run.save(update_fields=["status"])
        setup.published_version += 1
        setup.published_at, setup.published_by = timezone.now(), actor
        setup.save(update_fields=["published_version", "published_at", "published_by"])
        log_action(actor=actor, action="meetings.publish", subject=run, data={"version": setup.published_version})
        enqueue(mail_agendas, run.event_id, setup.published_version)
    return setup
