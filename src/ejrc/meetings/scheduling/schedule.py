"""The result of scheduling and its JSON form ``ejrc-b2b-schedule/1``."""

from dataclasses import dataclass, field
from enum import StrEnum

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
    table_of: dict[int, int] = field(default_factory=dict)  # meeting index -> table 1..T
    upper_bound_weight: int | None = None
    lower_bound_breaks: int | None = None
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
    }
