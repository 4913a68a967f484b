"""The checker's part for re-planning: published places, what moved and why, reason codes.

Like the rest of the checker it works from the schedule as written (``placed``: meeting id ->
(slot position, table)) and recomputes the moves itself.
"""

from .reasons import REASONS


def check_published(instance, placed, problems):
    """A published meeting that keeps its slot keeps its table (when that table still
    exists); with ``allow_moves`` false, a published meeting held stays where it was."""
    for meeting in instance.meetings:
        if not meeting.published or meeting.id not in placed:
            continue
        s, table = placed[meeting.id]
        home = instance.slot_ids[meeting.published_slot]
        if not instance.allow_moves and s != meeting.published_slot:
            problems.append(f"meeting {meeting.id} moved from slot {home}, and moves are not allowed")
        keeps = not meeting.online and meeting.published_table is not None
        if keeps and s == meeting.published_slot and table != meeting.published_table:
            if meeting.published_table <= instance.tables or not instance.allow_moves:
                problems.append(
                    f"meeting {meeting.id} stays in slot {home} but leaves its table {meeting.published_table}"
                )


def recompute_changes(instance, placed):
    """``({meeting id: (to slot id, to table)}, {dropped meeting ids}, total move cost)``."""
    moved, dropped, cost = {}, set(), 0
    for meeting in instance.meetings:
        if not meeting.published:
            continue
        if meeting.id not in placed:
            dropped.add(meeting.id)
            cost += meeting.move_cost
            continue
        s, table = placed[meeting.id]
        same_table = meeting.online or meeting.published_table is None or table == meeting.published_table
        if s != meeting.published_slot or not same_table:
            moved[meeting.id] = (instance.slot_ids[s], table)
            cost += meeting.move_cost
    return moved, dropped, cost


def check_changes(instance, data, placed, problems):
    """``moved``, ``dropped``, ``total_moves`` and ``lower_bound_moves``, when present."""
    moved, dropped, cost = recompute_changes(instance, placed)
    published = {meeting.id: meeting for meeting in instance.meetings if meeting.published}
    if "moved" in data:
        rows = _rows(data["moved"], "moved", problems)
        said = {}
        for row in rows:
            meeting = published.get(row.get("meeting"))
            if meeting is None:
                problems.append(f"moved lists meeting {row.get('meeting')!r}, which was not published")
                continue
            said[meeting.id] = (row.get("to_slot"), row.get("to_table"))
            _check_from(instance, meeting, row, "moved", problems)
        if said != moved:
            problems.append(f"moved says {sorted(said.items())}, recomputed {sorted(moved.items())}")
    if "dropped" in data:
        rows = _rows(data["dropped"], "dropped", problems)
        for row in rows:
            if row.get("meeting") in published:
                _check_from(instance, published[row["meeting"]], row, "dropped", problems)
        said = {row.get("meeting") for row in rows}
        if said != dropped:
            problems.append(f"dropped says {sorted(map(str, said))}, recomputed {sorted(dropped)}")
    if "total_moves" in data and data["total_moves"] != cost:
        problems.append(f"total_moves says {data['total_moves']!r}, recomputed {cost}")
    bound = data.get("lower_bound_moves")
    if bound is not None and (not isinstance(bound, int) or bound > cost):
        problems.append(f"lower_bound_moves {bound!r} is above the move cost {cost}")


def _check_from(instance, meeting, row, field, problems):
    home = instance.slot_ids[meeting.published_slot]
    table = None if meeting.online else meeting.published_table
    if row.get("from_slot") != home or row.get("from_table") != table:
        problems.append(f"{field}: meeting {meeting.id} was published at slot {home}, table {table}")


def check_unscheduled_reasons(instance, data, placed, problems):
    """One known reason code for every meeting left out, when the field is present."""
    if "unscheduled_reasons" not in data:
        return
    rows = _rows(data["unscheduled_reasons"], "unscheduled_reasons", problems)
    said = sorted(str(row.get("meeting")) for row in rows)
    if said != sorted(str(m.id) for m in instance.meetings if m.id not in placed):
        problems.append("unscheduled_reasons does not match the meetings left out")


def _rows(value, field, problems):
    if not isinstance(value, list) or not all(isinstance(row, dict) for row in value):
        problems.append(f"{field} must be a list of objects")
        return []
    for row in value:
        if row.get("reason") not in REASONS:
            problems.append(f"{field}: meeting {row.get('meeting')!r} has unknown reason {row.get('reason')!r}")
    return value
