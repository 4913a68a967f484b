"""A run's result stored as a draft: one placement per meeting and the figures organisers read.

Reason codes (why a meeting is left out, why a published one moved or was dropped) are the
solver's (docs/scheduling.md); the pages translate them.
"""

from django.db import transaction
from django.utils import timezone

from ejrc.meetings.models import Placement, RunStatus, SchedulingRun


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


def _placements(run_id, data, output):
    placed = {a["meeting"]: a for a in output["assignments"]}
    reasons = {r["meeting"]: r["reason"] for r in output.get("unscheduled_reasons", [])}
    changed = {m["meeting"]: m["reason"] for m in [*output.get("moved", []), *output.get("dropped", [])]}
    for meeting in data["meetings"]:
        a = placed.get(meeting["id"])
        yield Placement(run_id=run_id, meeting_id=meeting["id"], slot_id=a["slot"] if a else None,
                        table=a["table"] if a else None, moved=meeting["id"] in changed,
                        reason=changed.get(meeting["id"]) or ("" if a else reasons.get(meeting["id"], "")))


def store_result(*, run_id, data, solved, stopped, progress=None):
    output = solved
    meetings = {m["id"]: m for m in data["meetings"]}
    assignments = output["assignments"]
    rows = list(_placements(run_id, data, output))
    interpreters = {}
    for a in assignments:
        if meetings[a["meeting"]].get("interpreter"):
            interpreters[str(a["slot"])] = interpreters.get(str(a["slot"]), 0) + 1
    figures = {
        "status": output["status"], "held": len(assignments), "meetings": len(meetings),
        "held_weight": output["total_weight"], "upper_bound_weight": output["upper_bound_weight"],
        "breaks": output["total_breaks"], "lower_bound_breaks": output["lower_bound_breaks"],
        "solve_seconds": output["solve_seconds"], "breaks_of": breaks_of(data, assignments),
        "interpreters_used": interpreters, "moved": len(output.get("moved", [])),
        "dropped": len(output.get("dropped", [])), "total_moves": output.get("total_moves"),
        "lower_bound_moves": output.get("lower_bound_moves"),
    }
    with transaction.atomic():
        Placement.objects.filter(run_id=run_id).delete()
        Placement.objects.bulk_create(rows, batch_size=2000)
        SchedulingRun.objects.filter(pk=run_id).update(
            status=RunStatus.STOPPED if stopped else RunStatus.FINISHED, figures=figures, progress=progress or {},
            finished_at=timezone.now(), heartbeat_at=timezone.now())
    return figures
