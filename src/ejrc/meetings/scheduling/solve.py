"""The scheduler: lexicographic optimisation in phases, each a CP-SAT model.

1. Maximise the total weight held (skipped when every meeting is required: then the weight is
   fixed and feasibility is settled by phase 2). The solver's bound is ``upper_bound_weight``.
2. Keep that weight and minimise breaks (CP-SAT, then annealing and CP-SAT again when the
   first run cannot prove optimality); the solver's bound is ``lower_bound_breaks``. With
   optional meetings, the meetings held after phase 1 are first rearranged as if all were
   required (a much tighter model), which gives the break phase a strong start.
3. Number the tables, keeping participants at their table where possible (``tables.py``).

Each phase starts from the best schedule known so far (the first-come-first-served booking
for phase 1), so a phase cut short by the time limit still returns a good valid schedule.
Instances too large for a whole model in the time given go to ``large.py``.
"""

import dataclasses
import math
import time

from ortools.sat.python import cp_model

from .check import check_schedule
from .greedy import first_come_first_served
from .large import solve_large
from .local_search import KempeSearch
from .racing import make_solver, race_core_solves
from .schedule import Schedule, breaks_per_participant, held_weight, schedule_to_json
from .slot_model import SlotModel
from .tables import assign_tables

#: Above this many meetings (when not all are required) the whole-instance model gives way
#: to neighbourhood search: its LP alone would eat the time limit.
LARGE_INSTANCE_MEETINGS = 600


def solve(instance, time_limit=60.0, workers=2, seed=0):
    """Schedule ``instance`` within about ``time_limit`` seconds; returns a :class:`Schedule`."""
    started = time.monotonic()
    if len(instance.meetings) > LARGE_INSTANCE_MEETINGS and not instance.require_all_meetings:
        result = solve_large(instance, time_limit, workers, seed)
    else:
        # The last phase's model building, table numbering and the final check come after
        # the last solve: keep a little time for them.
        margin = min(0.5, time_limit * 0.05)
        result = _solve_whole(instance, started + time_limit - margin, workers, seed)
    if result.has_assignment:
        result.table_of = assign_tables(instance, result.slot_of)
        if not check_schedule(instance, schedule_to_json(instance, result)).valid:
            # A safety net: never hand out a schedule that breaks a hard constraint.
            upper = result.upper_bound_weight
            result = _valid_fallback(instance) or Schedule(status="unknown")
            result.upper_bound_weight = upper
    result.solve_seconds = time.monotonic() - started
    return result


def _valid_fallback(instance):
    """The greedy booking, if it happens to meet every hard constraint."""
    fallback = first_come_first_served(instance)
    if check_schedule(instance, schedule_to_json(instance, fallback)).valid:
        return fallback
    return None


def _solve_whole(instance, deadline, workers, seed):
    fallback = _valid_fallback(instance)
    best = fallback.slot_of if fallback else first_come_first_served(instance).slot_of
    best_is_valid = fallback is not None or not instance.require_all_meetings
    weight_proven = instance.require_all_meetings
    upper = instance.total_weight() if weight_proven else None

    if not instance.require_all_meetings:
        remaining = deadline - time.monotonic()
        everything = _any_schedule(instance, remaining * 0.2, workers, seed, all_held=True)[1]
        if everything is not None:
            # Every request fits: the weight is proven, and the break phase is that of an
            # all-required instance, with its much tighter model (zero-weight meetings
            # aside, which the break phase may still drop).
            if all(meeting.weight > 0 for meeting in instance.meetings):
                instance = dataclasses.replace(instance, require_all_meetings=True)
            upper = instance.total_weight()
            return _break_phase(instance, everything, True, upper, True, deadline, workers, seed)
        phase1 = SlotModel(instance, breaks=False)
        phase1.add_hint(best)
        phase1.model.maximize(phase1.weight)
        solver = make_solver((deadline - time.monotonic()) / 2, workers, seed)
        status = solver.solve(phase1.model)
        if status == cp_model.INFEASIBLE:
            return Schedule(status="infeasible")
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            if fallback is None:
                return Schedule(status="unknown")
            return Schedule(status="feasible", slot_of=fallback.slot_of)
        best = phase1.slot_assignment(solver)
        weight_proven = status == cp_model.OPTIMAL
        if weight_proven:
            upper = held_weight(instance, best)
        else:
            upper = min(instance.total_weight(), math.floor(solver.best_objective_bound + 1e-6))

        best = _fewer_breaks_same_meetings(instance, best, deadline, workers, seed)

    return _break_phase(instance, best, best_is_valid, upper, weight_proven, deadline, workers, seed)


def _break_model(instance, weight):
    model = SlotModel(instance)
    if not instance.require_all_meetings:
        model.model.add(model.weight >= weight)
    model.model.minimize(model.total_breaks)
    return model


def _break_phase(instance, best, best_is_valid, upper, weight_proven, deadline, workers, seed):
    """Phase 2. When every meeting is required, core-guided CP-SAT solves race
    (``racing.py``; they settle most such instances outright); otherwise one cooperative
    CP-SAT solve runs, which keeps finding better schedules along the way. If neither proves
    its schedule optimal, annealing improves the best schedule (``local_search.py``), and
    CP-SAT runs again, asked for a schedule with fewer breaks than that: a solution is an
    improvement, a proof that none exists proves the annealed schedule optimal.

    When ``best`` is not a valid schedule, a plain feasibility solve looks for one first:
    core search finds no schedule until it has proved its bound."""
    if not best_is_valid:
        # Briefly: most instances yield one in a second, and a hard one is better left to
        # the race, which may find the optimum outright.
        found, best = _any_schedule(instance, min((deadline - time.monotonic()) * 0.3, 2.0), workers, seed)
        if found == cp_model.INFEASIBLE:
            return Schedule(status="infeasible")
        best_is_valid = best is not None
    first = _break_model(instance, held_weight(instance, best or {}))
    if best:
        first.add_hint(best)
    if instance.require_all_meetings:
        status, solver = race_core_solves(first.model, (deadline - time.monotonic()) * 0.92, workers, seed)
    else:
        solver = make_solver((deadline - time.monotonic()) * 0.3, workers, seed, core=True)
        status = solver.solve(first.model)
    if status == cp_model.INFEASIBLE:
        return Schedule(status="infeasible")
    lower = _proven_floor(solver.best_objective_bound)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        best, best_is_valid = first.slot_assignment(solver), True
    if not best_is_valid:
        found, best = _any_schedule(instance, deadline - time.monotonic(), workers, seed)
        if found == cp_model.INFEASIBLE:
            return Schedule(status="infeasible")
        if best is None:
            return Schedule(status="unknown", upper_bound_weight=upper, lower_bound_breaks=lower)
    if status != cp_model.OPTIMAL:
        best = KempeSearch(instance, best, seed).run((deadline - time.monotonic()) * 0.7)
        breaks = sum(breaks_per_participant(instance, best))
        second = _break_model(instance, held_weight(instance, best))
        second.model.add(second.total_breaks <= breaks - 1)
        solver = make_solver(deadline - time.monotonic() - 0.2, workers, seed, core=True)
        status = solver.solve(second.model)
        if status == cp_model.INFEASIBLE:
            lower = breaks
        elif status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            best = second.slot_assignment(solver)
            lower = max(lower or 0, _proven_floor(solver.best_objective_bound) or 0)
    optimal = weight_proven and lower is not None and lower >= sum(breaks_per_participant(instance, best))
    return Schedule(
        status="optimal" if optimal else "feasible",
        slot_of=best,
        upper_bound_weight=upper,
        lower_bound_breaks=lower,
    )


def _proven_floor(bound):
    """A solver's bound on breaks as a whole number (None when it proved nothing finite)."""
    return max(0, math.ceil(bound - 1e-6)) if math.isfinite(bound) else None


def _any_schedule(instance, seconds, workers, seed, all_held=False):
    """``(status, schedule)``: a valid schedule (holding every meeting if ``all_held``)
    found within ``seconds``, or a proof that none exists."""
    model = SlotModel(instance, required=range(len(instance.meetings)) if all_held else ())
    solver = make_solver(seconds, workers, seed)
    status = solver.solve(model.model)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return status, model.slot_assignment(solver)
    return status, None


def _fewer_breaks_same_meetings(instance, slot_of, deadline, workers, seed):
    """Rearrange the meetings held in ``slot_of`` (all of them required) for fewer breaks.

    With the held set fixed, every participant's number of busy slots is known, which makes
    the break model much tighter than with optional meetings; the result is a strong start
    for the full break phase, which may still swap meetings of equal weight."""
    held = sorted(slot_of)
    model = SlotModel(instance, free=held, required=held)
    model.add_hint(slot_of)
    model.model.minimize(model.total_breaks)
    solver = make_solver((deadline - time.monotonic()) * 0.4, workers, seed, core=True)
    if solver.solve(model.model) in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return model.slot_assignment(solver)
    return slot_of
