"""The scheduler: lexicographic optimisation in phases.

1. Maximise the total weight held (skipped when every meeting is required: then the weight is
   fixed and feasibility is settled by phase 2). The solver's bound is ``upper_bound_weight``.
2. Keep that weight and minimise breaks; the bound is ``lower_bound_breaks``. When every
   meeting is required, MaxSAT and CP-SAT race (``portfolio.py``); otherwise one cooperative
   CP-SAT solve runs. If neither proves its schedule optimal, annealing improves the best
   schedule (``local_search.py``) and CP-SAT runs again, asked for fewer breaks than that.
   With optional meetings, the meetings held after phase 1 are first rearranged as if all
   were required (a much tighter model), which gives the break phase a strong start.
3. Number the tables, keeping participants at their table where possible (``tables.py``).

Each phase starts from the best schedule known so far (the first-come-first-served booking
for phase 1), so a phase cut short by the time limit still returns a good valid schedule.
Instances too large for a whole model in the time given go to ``large.py``. All phases share
one :class:`~.budget.TimeBudget`.
"""

import dataclasses
import math

from ortools.sat.python import cp_model

from .budget import TimeBudget
from .check import check_schedule
from .cpsat import FOUND, make_solver
from .greedy import first_come_first_served
from .large import solve_large
from .local_search import KempeSearch
from .portfolio import DEFAULT_METHODS, race_break_methods
from .schedule import Schedule, Status, breaks_per_participant, held_weight, schedule_to_json
from .slot_model import SlotModel
from .tables import assign_tables

#: Above this many meetings (when not all are required) the whole-instance model gives way
#: to neighbourhood search: its LP alone would eat the time limit.
LARGE_INSTANCE_MEETINGS = 600


@dataclasses.dataclass(frozen=True)
class Settings:
    """How to solve: ``workers`` cores; ``methods`` raced in the break phase (see
    ``portfolio.METHODS``, CP-SAT alone by default; the benchmark times each alone)."""

    workers: int = 2
    seed: int = 0
    methods: tuple = DEFAULT_METHODS


def solve(instance, *, time_limit=60.0, workers=2, seed=0, methods=DEFAULT_METHODS):
    """Schedule ``instance`` within about ``time_limit`` seconds; returns a :class:`Schedule`.

    ``methods``: the break methods raced when every meeting is required (see ``portfolio``).
    """
    # The last phase's model building, table numbering and the final check come after
    # the last solve: keep a little time for them.
    budget = TimeBudget(time_limit, margin=min(0.5, time_limit * 0.05))
    settings = Settings(workers=workers, seed=seed, methods=tuple(methods))
    greedy = first_come_first_served(instance)
    greedy_is_valid = _is_valid(instance, greedy)
    if len(instance.meetings) > LARGE_INSTANCE_MEETINGS and not instance.require_all_meetings:
        result = solve_large(instance, budget, workers=workers, seed=seed)
    else:
        result = _solve_whole(instance, greedy, greedy_is_valid, budget, settings)
    if result.has_assignment:
        result.table_of = assign_tables(instance, result.slot_of)
        if not _is_valid(instance, result):
            # A safety net: never hand out a schedule that breaks a hard constraint.
            upper = result.upper_bound_weight
            result = greedy if greedy_is_valid else Schedule(status=Status.UNKNOWN)
            result.upper_bound_weight = upper
    result.solve_seconds = budget.elapsed()
    return result


def _is_valid(instance, schedule):
    return check_schedule(instance, schedule_to_json(instance, schedule)).valid


def _solve_whole(instance, greedy, greedy_is_valid, budget, settings):
    best = greedy.slot_of
    if instance.require_all_meetings:
        upper = instance.total_weight()
        return _break_phase(
            instance,
            best,
            start_is_valid=greedy_is_valid,
            upper=upper,
            weight_proven=True,
            budget=budget,
            settings=settings,
        )

    everything = _any_schedule(instance, budget, settings, fraction=0.2, all_held=True)[1]
    if everything is not None:
        # Every request fits: the weight is proven, and the break phase is that of an
        # all-required instance, with its much tighter model (zero-weight meetings
        # aside, which the break phase may still drop).
        if all(meeting.weight > 0 for meeting in instance.meetings):
            instance = dataclasses.replace(instance, require_all_meetings=True)
        upper = instance.total_weight()
        return _break_phase(
            instance, everything, start_is_valid=True, upper=upper, weight_proven=True, budget=budget, settings=settings
        )
    phase1 = SlotModel(instance, breaks=False)
    phase1.add_hint(best)
    phase1.model.maximize(phase1.weight)
    solver = make_solver(budget.share(0.5), workers=settings.workers, seed=settings.seed)
    status = solver.solve(phase1.model)
    if status == cp_model.INFEASIBLE:
        return Schedule(status=Status.INFEASIBLE)
    if status not in FOUND:
        if not greedy_is_valid:
            return Schedule(status=Status.UNKNOWN)
        return Schedule(status=Status.FEASIBLE, slot_of=greedy.slot_of)
    best = phase1.slot_assignment(solver)
    weight_proven = status == cp_model.OPTIMAL
    if weight_proven:
        upper = held_weight(instance, best)
    else:
        upper = min(instance.total_weight(), math.floor(solver.best_objective_bound + 1e-6))
    best = _fewer_breaks_same_meetings(instance, best, budget, settings)
    return _break_phase(
        instance, best, start_is_valid=True, upper=upper, weight_proven=weight_proven, budget=budget, settings=settings
    )


def _break_model(instance, weight):
    model = SlotModel(instance)
    if not instance.require_all_meetings:
        model.model.add(model.weight >= weight)
    model.model.minimize(model.total_breaks)
    return model


def _break_phase(instance, best, *, start_is_valid, upper, weight_proven, budget, settings):
    """Phase 2, from schedule ``best`` (``start_is_valid``: whether it meets every hard
    constraint), with weight bound ``upper`` (``weight_proven``: reached by ``best``).

    When ``best`` is not a valid schedule, a plain feasibility solve looks for one first:
    core search finds no schedule until it has proved its bound."""
    if not start_is_valid:
        # Briefly: most instances yield one in a second, and a hard one is better left to
        # the race, which may find the optimum outright.
        found, best = _any_schedule(instance, budget, settings, fraction=0.3, at_most=2.0)
        if found == cp_model.INFEASIBLE:
            return Schedule(status=Status.INFEASIBLE)
        start_is_valid = best is not None
    first = _break_model(instance, held_weight(instance, best or {}))
    if best:
        first.add_hint(best)
    winner = None
    if instance.require_all_meetings:
        outcome = race_break_methods(
            instance,
            first,
            # Without a schedule yet, keep a quarter for a last feasibility solve.
            seconds=budget.share(0.92 if start_is_valid else 0.75),
            workers=settings.workers,
            seed=settings.seed,
            hint=best,
            hint_is_valid=start_is_valid,
            methods=settings.methods,
        )
        status, lower = outcome.status, _proven_floor(outcome.lower)
        found, winner = outcome.slot_of, outcome.winner
    else:
        solver = make_solver(budget.share(0.3), workers=settings.workers, seed=settings.seed, core=True)
        status = solver.solve(first.model)
        lower = _proven_floor(solver.best_objective_bound)
        found = first.slot_assignment(solver) if status in FOUND else None
    if status == cp_model.INFEASIBLE:
        return Schedule(status=Status.INFEASIBLE, winner=winner)
    if found is not None:
        best, start_is_valid = found, True
    if not start_is_valid:
        found, best = _any_schedule(instance, budget, settings)
        if found == cp_model.INFEASIBLE:
            return Schedule(status=Status.INFEASIBLE)
        if best is None:
            return Schedule(status=Status.UNKNOWN, upper_bound_weight=upper, lower_bound_breaks=lower)
    if status != cp_model.OPTIMAL:
        best, lower = _anneal_then_improve(instance, best, lower, budget, settings)
    optimal = weight_proven and lower is not None and lower >= sum(breaks_per_participant(instance, best))
    return Schedule(
        status=Status.OPTIMAL if optimal else Status.FEASIBLE,
        slot_of=best,
        upper_bound_weight=upper,
        lower_bound_breaks=lower,
        winner=winner,
    )


def _anneal_then_improve(instance, best, lower, budget, settings):
    """Anneal ``best``, then ask CP-SAT for fewer breaks than that: a solution is an
    improvement, a proof that none exists proves the annealed schedule optimal."""
    best = KempeSearch(instance, best, settings.seed).run(budget.share(0.7))
    breaks = sum(breaks_per_participant(instance, best))
    second = _break_model(instance, held_weight(instance, best))
    second.model.add(second.total_breaks <= breaks - 1)
    solver = make_solver(budget.remaining() - 0.2, workers=settings.workers, seed=settings.seed, core=True)
    status = solver.solve(second.model)
    if status == cp_model.INFEASIBLE:
        return best, breaks
    if status in FOUND:
        best = second.slot_assignment(solver)
        lower = max(lower or 0, _proven_floor(solver.best_objective_bound) or 0)
    return best, lower


def _proven_floor(bound):
    """A solver's bound on breaks as a whole number (None when it proved nothing finite)."""
    return max(0, math.ceil(bound - 1e-6)) if math.isfinite(bound) else None


def _any_schedule(instance, budget, settings, fraction=1.0, at_most=None, all_held=False):
    """``(status, schedule)``: a valid schedule (holding every meeting if ``all_held``)
    found within ``fraction`` of the time left once the model is built (at most
    ``at_most`` seconds), or a proof that none exists."""
    model = SlotModel(instance, required=range(len(instance.meetings)) if all_held else ())
    seconds = budget.share(fraction, at_most=at_most)
    solver = make_solver(seconds, workers=settings.workers, seed=settings.seed)
    status = solver.solve(model.model)
    if status in FOUND:
        return status, model.slot_assignment(solver)
    return status, None


def _fewer_breaks_same_meetings(instance, slot_of, budget, settings):
    """Rearrange the meetings held in ``slot_of`` (all of them required) for fewer breaks.

    With the held set fixed, every participant's number of busy slots is known, which makes
    the break model much tighter than with optional meetings; the result is a strong start
    for the full break phase, which may still swap meetings of equal weight."""
    held = sorted(slot_of)
    model = SlotModel(instance, free=held, required=held)
    model.add_hint(slot_of)
    model.model.minimize(model.total_breaks)
    solver = make_solver(budget.share(0.4), workers=settings.workers, seed=settings.seed, core=True)
    if solver.solve(model.model) in FOUND:
        return model.slot_assignment(solver)
    return slot_of
