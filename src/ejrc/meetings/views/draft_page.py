"""What the run page shows: progress while it runs, the draft's figures and one slot of it at a
time (so the page keeps a fixed number of queries and a bounded size however large the event)."""

from django.utils.translation import gettext_lazy as _

from ejrc.meetings.models import Placement, Seat

REASONS = {  # the solver's reason codes (docs/scheduling.md), in the viewer's language
    "participant_unavailable": _("a participant is unavailable in that slot"),
    "outside_session": _("the slot is outside the meeting's session"),
    "fixed_elsewhere": _("the meeting is now fixed to another slot"),
    "interpreter_capacity": _("no interpreter is free"),
    "table_capacity": _("no table is free, or its table no longer exists"),
    "participant_conflict": _("a participant has another published meeting then"),
    "precedence": _("it must come before or after another meeting"),
    "to_fit_new_meetings": _("moved to make room for more meetings"),
    "no_common_slot": _("its participants are never available together"),
    "participant_busy": _("its participants have other meetings in every slot it could take"),
    "no_room": _("every slot it could take is full"),
    "fairness": _("holding it would make breaks too unequal between participants"),
    "not_placed": _("not placed within the time limit"),
    "no_schedule": _("no schedule was found"),
}
LISTED = 25  # meetings left out and moved shown on the page (the figures count them all)
TABLES_SHOWN = 60  # tables of a slot per page


def _with_people(placements):
    people = {}
    for seat in Seat.objects.filter(meeting_id__in=[p.meeting_id for p in placements]).select_related(
            "participant__user", "participant__organisation"):
        people.setdefault(seat.meeting_id, []).append(seat.participant)
    for placement in placements:
        placement.people = people.get(placement.meeting_id, [])
        placement.reason_text = REASONS.get(placement.reason, placement.reason)
    return placements


def draft_context(run, slot_number=None, page=1):
    event = run.event
    slots = list(event.b2b_slots.all())
    context = {"run": run, "event": event, "slots": slots, "setup": event.b2b,
               "tables": range(1, event.b2b.tables + 1)}
    if run.is_live or not run.figures:
        return context
    shown = next((s for s in slots if s.number == slot_number), slots[0] if slots else None)
    base = Placement.objects.filter(run=run).select_related("slot", "meeting__request")
    start = (max(page, 1) - 1) * TABLES_SHOWN
    listed = list(base.filter(slot=shown)[start:start + TABLES_SHOWN + 1]) if shown else []
    more = len(listed) > TABLES_SHOWN
    listed = listed[:TABLES_SHOWN]
    left_out = list(base.filter(slot__isnull=True)[:LISTED])
    moved = list(base.filter(moved=True)[:LISTED])
    _with_people(listed + left_out + moved)
    breaks = {}
    for count in run.figures.get("breaks_of", {}).values():
        breaks[count] = breaks.get(count, 0) + 1
    return {**context, "shown": shown, "listed": listed, "page": max(page, 1), "more": more, "left_out": left_out, "moved": moved,
            "breaks_histogram": sorted(breaks.items()),
            "interpreters": [(s, run.figures.get("interpreters_used", {}).get(str(s.pk), 0)) for s in slots]}
