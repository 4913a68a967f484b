"""An independent schedule checker.

It reads the schedule JSON as written (ids, not the solver's internal indices), verifies every
hard constraint of the instance and recomputes the figures from the assignments alone, so a
bookkeeping error in the solver cannot hide behind its own numbers.
"""

from dataclasses import dataclass, field

from . import check_replanning as replanning
from .instance import InstanceError
from .schedule import SCHEDULE_FORMAT, STATUSES


@dataclass
class CheckResult:
    status: str
    violations: list[str] = field(default_factory=list)
    meetings_held: int = 0
    total_weight: int = 0
    total_breaks: int = 0
    breaks: dict[int, int] = field(default_factory=dict)  # participant id -> breaks
    table_changes: int = 0

    @property
    def valid(self):
        return not self.violations


def _parse_assignments(data):
    if not isinstance(data, dict) or data.get("format") != SCHEDULE_FORMAT:
        raise InstanceError(f"the schedule is not a JSON object of format {SCHEDULE_FORMAT!r}")
    if data.get("status") not in STATUSES:
        raise InstanceError(f"schedule status must be one of {', '.join(STATUSES)}")
    rows = data.get("assignments")
    if not isinstance(rows, list):
        raise InstanceError("schedule assignments must be a list")
    for row in rows:
        if not isinstance(row, dict) or any(
            not _is_int(row.get(key)) for key in ("meeting", "slot")
        ) or not (_is_int(row.get("table")) or row.get("table") is None):
            raise InstanceError("every assignment needs integer meeting and slot, and a table (null online)")
    return rows


def _is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def check_schedule(instance, data):
    """Check schedule ``data`` (decoded JSON) against ``instance``; raise InstanceError if malformed."""
    rows = _parse_assignments(data)
    result = CheckResult(status=data["status"])
    problems = result.violations
    if data.get("instance") != instance.name:
        problems.append(f"schedule is for instance {data.get('instance')!r}, not {instance.name!r}")
    if data["status"] in ("infeasible", "unknown"):
        if rows:
            problems.append(f"status {data['status']} but assignments are given")
        return result

    meetings = {meeting.id: meeting for meeting in instance.meetings}
    slot_position = {slot_id: s for s, slot_id in enumerate(instance.slot_ids)}
    placed = {}  # meeting id -> (slot position, table)
    for row in rows:
        mid, sid, table = row["meeting"], row["slot"], row["table"]
        if mid not in meetings:
            problems.append(f"unknown meeting {mid}")
        elif mid in placed:
            problems.append(f"meeting {mid} is assigned twice")
        elif sid not in slot_position:
            problems.append(f"meeting {mid}: unknown slot {sid}")
        elif meetings[mid].online and table is not None:
            problems.append(f"meeting {mid} is online but has table {table}")
        elif not meetings[mid].online and (table is None or not 1 <= table <= instance.tables):
            problems.append(f"meeting {mid}: table {table} is not in 1..{instance.tables}")
        else:
            placed[mid] = (slot_position[sid], table)

    occupied = {}
    seen = {}
    for mid, (s, table) in placed.items():
        meeting = meetings[mid]
        sid = instance.slot_ids[s]
        if meeting.session not in ("any", instance.slot_sessions[s]):
            problems.append(f"meeting {mid}: slot {sid} is not in the {meeting.session}")
        if meeting.fixed_slot is not None and meeting.fixed_slot != s:
            fixed = instance.slot_ids[meeting.fixed_slot]
            problems.append(f"meeting {mid} is fixed to slot {fixed}, not {sid}")
        if table is not None and (s, table) in occupied:
            problems.append(f"slot {sid}, table {table}: meetings {occupied[s, table]} and {mid}")
        if table is not None:
            occupied[s, table] = mid
        for p in meeting.participants:
            pid = instance.participant_ids[p]
            if s in instance.unavailable[p]:
                problems.append(f"meeting {mid}: participant {pid} is unavailable in slot {sid}")
            if (p, s) in seen:
                problems.append(f"participant {pid} has meetings {seen[p, s]} and {mid} in slot {sid}")
            seen[p, s] = mid
        for a in meeting.after:
            before = instance.meetings[a].id
            if before in placed and placed[before][0] >= s:
                problems.append(f"meeting {mid} must come after meeting {before}")

    _check_interpreters(instance, meetings, placed, problems)
    replanning.check_published(instance, placed, problems)
    for meeting in instance.meetings:
        if meeting.id not in placed and instance.require_all_meetings:
            problems.append(f"meeting {meeting.id} is required but not scheduled")
    unscheduled = data.get("unscheduled")
    if not isinstance(unscheduled, list) or sorted(map(str, unscheduled)) != sorted(
        str(m.id) for m in instance.meetings if m.id not in placed
    ):
        problems.append("the unscheduled list does not match the meetings left out")

    _recompute_figures(instance, meetings, placed, result)
    spread = instance.max_break_spread
    if spread is not None and result.breaks:
        values = result.breaks.values()
        if max(values) - min(values) > spread:
            problems.append(
                f"breaks range from {min(values)} to {max(values)}, more than {spread} apart"
            )
    for key, value in (("total_weight", result.total_weight), ("total_breaks", result.total_breaks)):
        if data.get(key) != value:
            problems.append(f"{key} says {data.get(key)!r}, recomputed {value}")
    replanning.check_changes(instance, data, placed, problems)
    replanning.check_unscheduled_reasons(instance, data, placed, problems)
    return result


def _check_interpreters(instance, meetings, placed, problems):
    """At most N meetings asking for an interpreter in a slot with N interpreters."""
    asking = {}
    for mid, (s, _) in placed.items():
        if meetings[mid].interpreter:
            asking.setdefault(s, []).append(mid)
    for s, mids in asking.items():
        limit = instance.slot_interpreters[s]
        if limit is not None and len(mids) > limit:
            problems.append(
                f"slot {instance.slot_ids[s]}: {len(mids)} meetings need an interpreter, {limit} free"
            )


def _recompute_figures(instance, meetings, placed, result):
    """Held weight, breaks and table changes from the placements alone."""
    result.meetings_held = len(placed)
    result.total_weight = sum(meetings[mid].weight for mid in placed)
    agenda = {pid: [] for pid in instance.participant_ids}
    for mid, (s, table) in placed.items():
        for p in meetings[mid].participants:
            agenda[instance.participant_ids[p]].append((s, table))
    for pid, entries in agenda.items():
        entries.sort()
        result.breaks[pid] = sum(1 for (a, _), (b, _) in zip(entries, entries[1:]) if b - a > 1)
        result.table_changes += sum(1 for (_, a), (_, b) in zip(entries, entries[1:]) if a != b)
    result.total_breaks = sum(result.breaks.values())
