"""The result of scheduling and its JSON form ``ejrc-b2b-schedule/1``."""

from dataclasses import dataclass, field
from enum import StrEnum

from .reasons import Explainer

SCHEDULE_FORMAT = "ejrc-b2b-schedule/1"


class Status(StrEnum):
    OPTIMAL = "optimal"  # proved
    FEASIBLE = "feasible"  # a schedule, not proved optimal
    INFEASIBLE = "infeasible"  # proved that no schedule meets the hard constraints
    UNKNOWN = "unknown"  # no schedule found in time


STATUSES = tuple(status.value for status in Status)


@dataclass
class Schedule:
    status: Status
    slot_of: dict[int, int] = field(default_factory=dict)  # meeting index -> slot index
    table_of: dict[int, int | None] = field(default_factory=dict)  # meeting -> table 1..T (None: online)
    upper_bound_weight: int | None = None
    lower_bound_breaks: int | None = None
    lower_bound_moves: int | None = None  # proven, among schedules holding at least this weight
    solve_seconds: float = 0.0
    winner: str | None = None  # the break method whose proof settled the race, if any

    @property
    def has_assignment(self):
        return self.status in (Status.OPTIMAL, Status.FEASIBLE)


def breaks_per_participant(instance, slot_of):
    """Breaks of every participant: idle runs between its first and last meeting."""
    busy = [set() for _ in instance.participant_ids]
    for m, s in slot_of.items():
        for p in instance.meetings[m].participants:
            busy[p].add(s)
    counts = []
    for slots in busy:
        ordered = sorted(slots)
        counts.append(sum(1 for a, b in zip(ordered, ordered[1:]) if b > a + 1))
    return counts


def held_weight(instance, slot_of):
    return sum(instance.meetings[m].weight for m in slot_of)


def move_cost(instance, slot_of):
    """Total move cost of published meetings moved or dropped in ``slot_of``; tables as
    ``assign_tables`` numbers them (a published meeting keeps its table when it can)."""
    return sum(
        instance.stay_cost(m, slot_of[m]) if m in slot_of else meeting.move_cost
        for m, meeting in enumerate(instance.meetings)
        if meeting.published
    )


def changes(instance, schedule):
    """``(moved, dropped)``: JSON rows of the published meetings that moved or were left out."""
    explainer = Explainer(instance, schedule.slot_of)
    moved, dropped = [], []
    for m, meeting in enumerate(instance.meetings):
        if not meeting.published:
            continue
        row = {
            "meeting": meeting.id,
            "from_slot": instance.slot_ids[meeting.published_slot],
            "from_table": None if meeting.online else meeting.published_table,
        }
        if m not in schedule.slot_of:
            dropped.append(row | {"reason": explainer.move_reason(m)})
            continue
        s, table = schedule.slot_of[m], schedule.table_of.get(m)
        same_table = meeting.online or meeting.published_table is None or table == meeting.published_table
        if s != meeting.published_slot or not same_table:
            to = {"to_slot": instance.slot_ids[s], "to_table": table}
            moved.append(row | to | {"reason": explainer.move_reason(m)})
    return moved, dropped


def schedule_to_json(instance, schedule):
    """The schedule as a JSON-ready dict; without an assignment, figures are null."""
    assignments = [
        {
            "meeting": instance.meetings[m].id,
            "slot": instance.slot_ids[s],
            "table": schedule.table_of[m],
        }
        for m, s in sorted(schedule.slot_of.items())
    ]
    has = schedule.has_assignment
    moved, dropped = changes(instance, schedule) if has else ([], [])
    explainer = Explainer(instance, schedule.slot_of)
    costs = {meeting.id: meeting.move_cost for meeting in instance.meetings}
    return {
        "format": SCHEDULE_FORMAT,
        "instance": instance.name,
        "status": Status(schedule.status).value,
        "assignments": assignments if has else [],
        "unscheduled": [
            meeting.id
            for m, meeting in enumerate(instance.meetings)
            if not has or m not in schedule.slot_of
        ],
        "total_weight": held_weight(instance, schedule.slot_of) if has else None,
        "upper_bound_weight": schedule.upper_bound_weight,
        "total_breaks": sum(breaks_per_participant(instance, schedule.slot_of)) if has else None,
        "lower_bound_breaks": schedule.lower_bound_breaks,
        "solve_seconds": round(schedule.solve_seconds, 3),
        "unscheduled_reasons": [
            {"meeting": meeting.id, "reason": explainer.unscheduled_reason(m) if has else "no_schedule"}
            for m, meeting in enumerate(instance.meetings)
            if not has or m not in schedule.slot_of
        ],
        "moved": moved,
        "dropped": dropped,
        "total_moves": sum(costs[row["meeting"]] for row in moved + dropped) if has else None,
        "lower_bound_moves": schedule.lower_bound_moves,
    }
