"""A run's result stored as a draft: one placement per meeting and the figures organisers read.

Tables: a published meeting kept in its slot keeps its table too (tables are interchangeable,
so within a slot the solver's numbering can be permuted); the others take the tables left.
Reason codes for meetings left out are the solver's where it gives them, else ours.
"""

from django.db import transaction
from django.utils import timezone

from ejrc.meetings.models import Placement, RunStatus, SchedulingRun

NO_COMMON_SLOT = "no_common_slot"
PUBLISHED_SLOT_LOST = "published_slot_unavailable"
NO_ROOM = "no_room"


def _reason(meeting, unavailable, slot_ids, given):
    if given:
        return given
    away = set().union(*(unavailable.get(p, set()) for p in meeting["participants"]))
    if meeting.get("fixed_slot") is not None:
        return PUBLISHED_SLOT_LOST if meeting["fixed_slot"] in away else NO_ROOM
    return NO_COMMON_SLOT if away >= set(slot_ids) else NO_ROOM


def _tables(data, assignments):
    """Table per meeting id: published ones keep theirs, online ones have none."""
    meetings = {m["id"]: m for m in data["meetings"]}
    by_slot = {}
    for a in assignments:
        by_slot.setdefault(a["slot"], []).append(a["meeting"])
    tables = {}
    for slot, ids in by_slot.items():
        in_person = [i for i in ids if not meetings[i].get("online")]
        kept = {i: meetings[i]["published_table"] for i in in_person
                if meetings[i].get("published_slot") == slot and meetings[i].get("published_table")}
        free = iter(n for n in range(1, data["tables"] + 1) if n not in set(kept.values()))
        for i in in_person:
            tables[i] = kept.get(i) or next(free)
    return tables


def breaks_of(data, assignments):
    """Breaks per participant id (only those with at least one)."""
    position = {slot["id"]: index for index, slot in enumerate(data["slots"])}
    meetings = {m["id"]: m for m in data["meetings"]}
    busy = {}
    for a in assignments:
        for p in meetings[a["meeting"]]["participants"]:
            busy.setdefault(p, []).append(position[a["slot"]])
    counts = {}
    for p, slots in busy.items():
        ordered = sorted(slots)
        n = sum(1 for a, b in zip(ordered, ordered[1:]) if b > a + 1)
        if n:
            counts[str(p)] = n
    return counts


def store_result(*, run_id, data, solved, stopped, progress=None):
    _instance, output = solved
    meetings = {m["id"]: m for m in data["meetings"]}
    assignments = output["assignments"]
    placed = {a["meeting"]: a for a in assignments}
    tables = _tables(data, assignments)
    unavailable = {p["id"]: set(p["unavailable_slots"]) for p in data["participants"]}
    slot_ids = [s["id"] for s in data["slots"]]
    given = output.get("reasons") or {}
    rows = []
    for meeting_id, meeting in meetings.items():
        a = placed.get(meeting_id)
        slot, table = (a["slot"], tables.get(meeting_id)) if a else (None, None)
        moved = meeting.get("published_slot") is not None and (
            slot != meeting["published_slot"] or table != meeting.get("published_table"))
        reason = "" if a else _reason(meeting, unavailable, slot_ids, given.get(str(meeting_id)))
        rows.append(Placement(run_id=run_id, meeting_id=meeting_id, slot_id=slot, table=table,
                              reason=reason, moved=moved))
    interpreters = {}
    for a in assignments:
        if meetings[a["meeting"]].get("interpreter"):
            interpreters[str(a["slot"])] = interpreters.get(str(a["slot"]), 0) + 1
    figures = {
        "status": output["status"], "held": len(assignments), "meetings": len(meetings),
        "held_weight": output["total_weight"], "upper_bound_weight": output["upper_bound_weight"],
        "breaks": output["total_breaks"], "lower_bound_breaks": output["lower_bound_breaks"],
        "solve_seconds": output["solve_seconds"], "breaks_of": breaks_of(data, assignments),
        "interpreters_used": interpreters, "moved": sum(1 for r in rows if r.moved),
        "lower_bound_moves": output.get("lower_bound_moves"),
    }
    with transaction.atomic():
        Placement.objects.filter(run_id=run_id).delete()
        Placement.objects.bulk_create(rows, batch_size=2000)
        SchedulingRun.objects.filter(pk=run_id).update(
            status=RunStatus.STOPPED if stopped else RunStatus.FINISHED, figures=figures, progress=progress or {},
            finished_at=timezone.now(), heartbeat_at=timezone.now())
    return figures
