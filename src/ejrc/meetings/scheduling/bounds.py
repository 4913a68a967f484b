"""A proven upper bound on the weight any schedule can hold, cheap at real-event scale.

The *aggregated relaxation* forgets which slot a meeting takes and keeps only counts: a
participant holds at most as many meetings as it has available slots (per session for
session-bound meetings), and the event holds at most tables x slots meetings (per session
likewise). Every schedule satisfies these counts, so the best selection under them bounds
every schedule. It has one variable per meeting instead of one per meeting and slot, so
CP-SAT settles it (or bounds it tightly) in seconds where the full model's LP would not.
The selection it finds is also a good guide for which meetings to book first.
"""

import math

from ortools.sat.python import cp_model

from .cpsat import FOUND, make_solver


def aggregated_bound(instance, seconds, workers=2, seed=0, hint=()):
    """Return ``(upper_bound_weight, selected meeting indices)``; ``hint``: a known selection."""
    model = cp_model.CpModel()
    pick = {}
    for m, meeting in enumerate(instance.meetings):
        if instance.allowed_slots(m):
            pick[m] = model.new_bool_var(f"y{m}")
    sessions = {"any": range(instance.num_slots)}
    for name in ("morning", "afternoon"):
        sessions[name] = [s for s in range(instance.num_slots) if instance.slot_sessions[s] == name]

    for name, slots in sessions.items():
        bound_here = [pick[m] for m in pick if name == "any" or instance.meetings[m].session == name]
        model.add(sum(bound_here) <= instance.tables * len(slots))
    for p, meetings in enumerate(instance.meetings_of):
        for name, slots in sessions.items():
            free = sum(1 for s in slots if s not in instance.unavailable[p])
            mine = [
                pick[m]
                for m in meetings
                if m in pick and (name == "any" or instance.meetings[m].session == name)
            ]
            if len(mine) > free:
                model.add(sum(mine) <= free)
    model.maximize(sum(instance.meetings[m].weight * var for m, var in pick.items()))
    # The full presolve costs seconds on this model and gains little.
    solver = make_solver(max(seconds, 0.1), workers=workers, seed=seed, quick_presolve=True)
    for m, var in pick.items():
        model.add_hint(var, m in hint)
    status = solver.solve(model)
    if status not in FOUND:
        return instance.total_weight(), set()
    upper = min(instance.total_weight(), math.floor(solver.best_objective_bound + 1e-6))
    return upper, {m for m, var in pick.items() if solver.boolean_value(var)}
