"""What the run page shows: progress while it runs, the draft's figures and one slot of it at a
time (so the page keeps a fixed number of queries and a bounded size however large the event)."""

from django.utils.translation import gettext_lazy as _

from ejrc.meetings.models import Placement, Seat

REASONS = {
    "no_common_slot": _("no slot where all its participants are available"),
    "published_slot_unavailable": _("kept in its published slot, where a participant is now unavailable"),
    "no_room": _("no room left: tables, interpreters or the participants' other meetings"),
    "interpreter": _("no interpreter free where it could go"),
}
LISTED = 100


def _with_people(placements):
    people = {}
    for seat in Seat.objects.filter(meeting_id__in=[p.meeting_id for p in placements]).select_related(
            "participant__user", "participant__organisation"):
        people.setdefault(seat.meeting_id, []).append(seat.participant)
    for placement in placements:
        placement.people = people.get(placement.meeting_id, [])
        placement.reason_text = REASONS.get(placement.reason, placement.reason)
    return placements


def draft_context(run, slot_number=None):
    event = run.event
    slots = list(event.b2b_slots.all())
    context = {"run": run, "event": event, "slots": slots, "setup": event.b2b,
               "tables": range(1, event.b2b.tables + 1)}
    if run.is_live or not run.figures:
        return context
    shown = next((s for s in slots if s.number == slot_number), slots[0] if slots else None)
    base = Placement.objects.filter(run=run).select_related("slot", "meeting__request")
    listed = list(base.filter(slot=shown)) if shown else []
    left_out = list(base.filter(slot__isnull=True)[:LISTED])
    moved = list(base.filter(moved=True)[:LISTED])
    _with_people(listed + left_out + moved)
    breaks = {}
    for count in run.figures.get("breaks_of", {}).values():
        breaks[count] = breaks.get(count, 0) + 1
    return {**context, "shown": shown, "listed": listed, "left_out": left_out, "moved": moved,
            "breaks_histogram": sorted(breaks.items()),
            "interpreters": [(s, run.figures.get("interpreters_used", {}).get(str(s.pk), 0)) for s in slots]}
