"""A proven upper bound on the weight any schedule can hold, cheap at real-event scale.

The *aggregated relaxation* forgets which slot a meeting takes and keeps only counts: a
participant holds at most as many meetings as it has available slots (per session for
session-bound meetings), and the event holds at most tables x slots meetings with a table
(per session likewise; online meetings take none), and at most as many meetings asking for an
interpreter as its slots have interpreters. Every schedule satisfies these counts, so the best selection under them bounds
every schedule. It has one variable per meeting instead of one per meeting and slot.

Two bounds of it are taken, and the smaller counts: its LP relaxation (GLOP, seconds even at
28,000 requests, so there is always a real bound) and CP-SAT's bound on the integer version
(tighter, when CP-SAT finds a selection in its time). That selection is also a good guide
for which meetings to book first.
"""

import math

from ortools.linear_solver import pywraplp
from ortools.sat.python import cp_model

from .cpsat import FOUND, make_solver


def _count_rows(instance):
    """``(meetings, limit)`` rows of the relaxation, over the meetings that can be placed."""
    placeable = [m for m in range(len(instance.meetings)) if instance.allowed_slots(m)]
    sessions = {"any": range(instance.num_slots)}
    for name in ("morning", "afternoon"):
        sessions[name] = [s for s in range(instance.num_slots) if instance.slot_sessions[s] == name]

    def bound_to(m, name):
        return name == "any" or instance.meetings[m].session == name

    seated = [m for m in placeable if instance.uses_table(m)]  # online meetings take no table
    rows = [([m for m in seated if bound_to(m, name)], instance.tables * len(slots)) for name, slots in sessions.items()]
    asking = [m for m in placeable if instance.meetings[m].interpreter]
    for name, slots in sessions.items():
        limits = [instance.slot_interpreters[s] for s in slots]
        if asking and None not in limits:
            rows.append(([m for m in asking if bound_to(m, name)], sum(limits)))
    placeable_set = set(placeable)
    for p, meetings in enumerate(instance.meetings_of):
        for name, slots in sessions.items():
            free = sum(1 for s in slots if s not in instance.unavailable[p])
            mine = [m for m in meetings if m in placeable_set and bound_to(m, name)]
            if len(mine) > free:
                rows.append((mine, free))
    return placeable, rows


def aggregated_bound(instance, seconds, workers=2, seed=0, hint=(), monitor=None):
    """Return ``(upper_bound_weight, selected meeting indices)``; ``hint``: a known selection."""
    placeable, rows = _count_rows(instance)
    upper = min(instance.total_weight(), lp_bound(instance, placeable, rows))
    model = cp_model.CpModel()
    pick = {m: model.new_bool_var(f"y{m}") for m in placeable}
    for meetings, limit in rows:
        model.add(sum(pick[m] for m in meetings) <= limit)
    model.maximize(sum(instance.meetings[m].weight * var for m, var in pick.items()))
    for m, var in pick.items():
        model.add_hint(var, m in hint)
    # The full presolve costs seconds on this model and gains little.
    solver = make_solver(max(seconds, 0.1), workers=workers, seed=seed, quick_presolve=True)
    status = monitor.solve(solver, model) if monitor is not None else solver.solve(model)
    if status not in FOUND:  # (its bound is then meaningless: 0 without a solution)
        return upper, set()
    upper = min(upper, math.floor(solver.best_objective_bound + 1e-6))
    return upper, {m for m, var in pick.items() if solver.boolean_value(var)}


def lp_bound(instance, placeable, rows):
    """The LP relaxation's optimum, rounded down (the total weight if GLOP fails)."""
    solver = pywraplp.Solver.CreateSolver("GLOP")
    pick = {m: solver.NumVar(0.0, 1.0, "") for m in placeable}
    for meetings, limit in rows:
        solver.Add(solver.Sum([pick[m] for m in meetings]) <= limit)
    solver.Maximize(solver.Sum([instance.meetings[m].weight * var for m, var in pick.items()]))
    if solver.Solve() != pywraplp.Solver.OPTIMAL:
        return instance.total_weight()
    return math.floor(solver.Objective().Value() + 1e-6)
