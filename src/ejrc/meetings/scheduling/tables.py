"""Table assignment once slots are decided (the optional third aim: few table changes).

Slots are walked in time order. A published meeting that keeps its published slot keeps its
published table (re-planning moves as little as it can); online meetings take no table. In
each slot a minimum-cost flow matches the other meetings to the tables their participants sat
at last, maximising the number of participants who keep their table; the remaining meetings
take the remaining tables. Every slot holds at most ``tables`` meetings with a table and
published tables are distinct within a slot, so the result is always a valid numbering 1..T.
"""

from ortools.graph.python import min_cost_flow


def assign_tables(instance, slot_of):
    """Return ``{meeting index: table number}`` for the meetings in ``slot_of``."""
    by_slot = [[] for _ in range(instance.num_slots)]
    for m, s in sorted(slot_of.items()):
        by_slot[s].append(m)
    last_table = {}
    table_of = {}
    for s, meetings in enumerate(by_slot):
        chosen = {m: _published_table(instance, m, s) for m in meetings}
        chosen = {m: table for m, table in chosen.items() if table is not None}
        seated = [m for m in meetings if instance.uses_table(m) and m not in chosen]
        chosen |= _match_slot(instance, seated, last_table, taken=set(chosen.values()))
        free = iter(t for t in range(1, instance.tables + 1) if t not in chosen.values())
        for m in meetings:
            table = chosen.get(m) or next(free) if instance.uses_table(m) else None
            table_of[m] = table
            for p in instance.meetings[m].participants:
                if table is not None:
                    last_table[p] = table
    return table_of


def _published_table(instance, m, s):
    """The table published meeting ``m`` keeps in slot ``s`` (None if it keeps none)."""
    meeting = instance.meetings[m]
    if meeting.published_slot == s and instance.uses_table(m) and instance.keeps_table(m):
        return meeting.published_table
    return None


def _match_slot(instance, meetings, last_table, taken):
    """Best matching of meetings to the previous tables of their participants, outside
    the ``taken`` tables."""
    gains = {}
    for m in meetings:
        for p in instance.meetings[m].participants:
            if p in last_table and last_table[p] not in taken:
                gains[m, last_table[p]] = gains.get((m, last_table[p]), 0) + 1
    if not gains:
        return {}
    flow = min_cost_flow.SimpleMinCostFlow()
    source, sink = 0, 1
    meeting_node = {m: 2 + i for i, m in enumerate(meetings)}
    tables = sorted({t for (_, t) in gains})
    table_node = {t: 2 + len(meetings) + i for i, t in enumerate(tables)}
    arcs = {}
    for m, node in meeting_node.items():
        flow.add_arc_with_capacity_and_unit_cost(source, node, 1, 0)
        flow.add_arc_with_capacity_and_unit_cost(node, sink, 1, 0)  # keeps no old table
    for (m, t), gain in gains.items():
        arcs[m, t] = flow.add_arc_with_capacity_and_unit_cost(meeting_node[m], table_node[t], 1, -gain)
    for node in table_node.values():
        flow.add_arc_with_capacity_and_unit_cost(node, sink, 1, 0)
    flow.set_node_supply(source, len(meetings))
    flow.set_node_supply(sink, -len(meetings))
    if flow.solve() != flow.OPTIMAL:
        return {}
    return {m: t for (m, t), arc in arcs.items() if flow.flow(arc) > 0}
