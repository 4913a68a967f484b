"""The scheduler: lexicographic optimisation in phases.

1. Maximise the total weight held (skipped when every meeting is required: then the weight is
   fixed and feasibility is settled by phase 2). The solver's bound is ``upper_bound_weight``.
   When re-planning (published meetings, moves allowed), keep that weight and minimise the
   move cost of published meetings (``moves.py``); its bound is ``lower_bound_moves``.
2. Keep that weight (and move cost) and minimise breaks; the bound is ``lower_bound_breaks``. When every
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
from .monitor import Monitor
from .check import check_schedule
from .cpsat import FOUND, make_solver
from .greedy import first_come_first_served
from .large import solve_large
from .local_search import KempeSearch
from .moves import forced_moves, limit_moves, moves_phase
from .portfolio import DEFAULT_METHODS, race_break_methods
from .schedule import Schedule, Status, breaks_per_participant, held_weight, move_cost, schedule_to_json
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


def solve(
    instance, *, time_limit=60.0, workers=2, seed=0, methods=DEFAULT_METHODS, progress=None, stop=None
):
    """Schedule ``instance`` within about ``time_limit`` seconds; returns a :class:`Schedule`.

    ``methods``: the break methods raced when every meeting is required (see ``portfolio``).
    ``progress``: called with a dict of figures (``monitor.FIELDS``) about twice a second and
    when the incumbent improves; ``stop``: an object with ``is_set()`` (a
    ``threading.Event``); once set, the solve ends as soon as it can with the best schedule
    so far (status ``feasible``, or ``unknown`` without one). See ``monitor.py``.
    """
    monitor = Monitor(time_limit, progress, stop)
    # The last phase's model building, table numbering and the final check come after
    # the last solve: keep a little time for them.
    budget = TimeBudget(time_limit, margin=min(0.5, time_limit * 0.05), monitor=monitor)
    if instance.has_moves():
        methods = tuple(method for method in methods if method != "maxsat") or ("cpsat",)
    settings = Settings(workers=workers, seed=seed, methods=tuple(methods))
    try:
        result = _solve(instance, budget, settings)
        monitor.update(phase="done", **_figures(instance, result))
    finally:
        monitor.end()
    return result


def _solve(instance, budget, settings):
    greedy = first_come_first_served(instance)
    greedy_is_valid = _is_valid(instance, greedy)
    if greedy_is_valid:
        budget.monitor.update(phase="start", **_figures(instance, greedy))
    if len(instance.meetings) > LARGE_INSTANCE_MEETINGS and not instance.require_all_meetings:
        result = solve_large(instance, budget, workers=settings.workers, seed=settings.seed)
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


def _figures(instance, schedule):
    """The progress figures of ``schedule`` (a :class:`Schedule`)."""
    figures = {
        "upper_bound_weight": schedule.upper_bound_weight,
        "lower_bound_breaks": schedule.lower_bound_breaks,
        "lower_bound_moves": schedule.lower_bound_moves,
    }
    if schedule.has_assignment:
        figures |= {
            "held_weight": held_weight(instance, schedule.slot_of),
            "breaks": sum(breaks_per_participant(instance, schedule.slot_of)),
            "moves": move_cost(instance, schedule.slot_of),
        }
    return {key: value for key, value in figures.items() if value is not None}


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

    everything, lower_moves = _all_held(instance, best, budget, settings)
    if everything is not None:
        # Every request fits: the weight is proven, and the break phase is that of an
        # all-required instance, with its much tighter model (zero-weight meetings
        # aside, which the break phase may still drop).
        if all(meeting.weight > 0 for meeting in instance.meetings):
            instance = dataclasses.replace(instance, require_all_meetings=True)
        upper = instance.total_weight()
        return _break_phase(
            instance, everything, start_is_valid=True, upper=upper, weight_proven=True, budget=budget,
            settings=settings, lower_moves=lower_moves, moves_settled=lower_moves is not None,
        )  # fmt: skip
    if budget.stopped():
        return _best_so_far(greedy.slot_of if greedy_is_valid else None)
    phase1 = SlotModel(instance, breaks=False)
    phase1.add_hint(best)
    # Re-planning: weight first, then moves, in one objective (``scale`` exceeds any move
    # cost), so that the weight phase does not wander from the published places.
    scale = instance.published_cost() + 1 if instance.has_moves() else 1
    phase1.model.maximize(scale * phase1.weight - phase1.moves if scale > 1 else phase1.weight)
    solver = make_solver(budget.share(0.5), workers=settings.workers, seed=settings.seed)
    budget.monitor.update(phase="weight")
    total = instance.total_weight()
    status = budget.monitor.solve(
        solver, phase1.model, report=lambda value, bound: _weight_figures(value, bound, total, scale)
    )
    if status == cp_model.INFEASIBLE:
        return Schedule(status=Status.INFEASIBLE)
    if status in FOUND:
        best = phase1.slot_assignment(solver)
    elif greedy_is_valid:
        return _best_so_far(greedy.slot_of)
    else:
        # No schedule yet (the greedy one breaks the fairness bound): the rest of the time
        # goes to finding one, rather than giving up at half time.
        found, best = _any_schedule(instance, budget, settings, fraction=0.6)
        return _best_so_far(best) if found != cp_model.INFEASIBLE else Schedule(status=Status.INFEASIBLE)
    weight_proven = status == cp_model.OPTIMAL
    if weight_proven:
        upper = held_weight(instance, best)
    else:
        upper = min(total, _weight_bound(solver.best_objective_bound, scale))
    budget.monitor.update(improved=True, held_weight=held_weight(instance, best), upper_bound_weight=upper)
    if budget.stopped():
        return _best_so_far(best, upper=upper)
    if weight_proven and scale > 1:
        lower_moves = move_cost(instance, best)  # proved with the weight
        budget.monitor.update(improved=True, moves=lower_moves, lower_bound_moves=lower_moves)
    else:
        best, lower_moves = moves_phase(instance, best, weight=held_weight(instance, best), budget=budget, settings=settings)
    best = _fewer_breaks_same_meetings(instance, best, budget, settings)
    return _break_phase(
        instance, best, start_is_valid=True, upper=upper, weight_proven=weight_proven, budget=budget,
        settings=settings, lower_moves=lower_moves, moves_settled=True,
    )  # fmt: skip


def _weight_bound(bound, scale):
    """The weight bound implied by a bound on ``scale * weight - moves`` (moves < scale)."""
    return math.floor((bound + scale - 1) / scale + 1e-6)


def _all_held(instance, greedy, budget, settings):
    """``(schedule, lower_moves)``: a schedule holding every meeting, found within a fifth
    of the time, or ``(None, None)``. When re-planning it has the fewest moves it could
    find, and ``lower_moves`` is their proven minimum (None when not proved)."""
    if budget.stopped():
        return None, None
    model = SlotModel(instance, required=range(len(instance.meetings)))
    replanning = instance.has_moves()
    if replanning:
        model.add_hint(greedy)
        model.model.minimize(model.moves)
    solver = make_solver(budget.share(0.2), workers=settings.workers, seed=settings.seed)
    status = budget.monitor.solve(solver, model.model)
    if status not in FOUND:
        return None, None
    found = model.slot_assignment(solver)
    if not replanning:
        return found, None
    # Schedules that hold less weight do not count; with zero-weight meetings, some do.
    proved = status == cp_model.OPTIMAL and all(meeting.weight > 0 for meeting in instance.meetings)
    lower = move_cost(instance, found) if proved else None
    if lower is not None:
        budget.monitor.update(improved=True, moves=lower, lower_bound_moves=lower)
    return found, lower


def _best_so_far(slot_of, upper=None):
    if slot_of is None:
        return Schedule(status=Status.UNKNOWN, upper_bound_weight=upper)
    return Schedule(status=Status.FEASIBLE, slot_of=slot_of, upper_bound_weight=upper)


def _weight_figures(value, bound, total, scale):
    weight = _weight_bound(value, scale)  # (moves < scale: the weight of the incumbent)
    return {"held_weight": weight, "upper_bound_weight": min(total, _weight_bound(bound, scale))}


def _break_figures(value, bound):
    return {"breaks": round(value), "lower_bound_breaks": _proven_floor(bound)}


def _break_model(instance, weight, moves):
    """Minimise breaks, holding at least ``weight``, moving at most ``moves``."""
    model = SlotModel(instance)
    if not instance.require_all_meetings:
        model.model.add(model.weight >= weight)
    limit_moves(model, instance, moves)
    model.model.minimize(model.total_breaks)
    return model


def _break_phase(
    instance, best, *, start_is_valid, upper, weight_proven, budget, settings, lower_moves=None, moves_settled=False
):
    """Phase 2, from schedule ``best`` (``start_is_valid``: whether it meets every hard
    constraint), with weight bound ``upper`` (``weight_proven``: reached by ``best``).
    ``lower_moves``: the moves phase's bound, when it has run (``moves_settled``; else it
    runs here first).

    When ``best`` is not a valid schedule, a plain feasibility solve looks for one first:
    core search finds no schedule until it has proved its bound."""
    monitor = budget.monitor
    if not start_is_valid:
        if budget.stopped():
            return Schedule(status=Status.UNKNOWN, upper_bound_weight=upper)
        # Briefly: most instances yield one in a second, and a hard one is better left to
        # the race, which may find the optimum outright.
        found, best = _any_schedule(instance, budget, settings, fraction=0.3, at_most=2.0)
        if found == cp_model.INFEASIBLE:
            return Schedule(status=Status.INFEASIBLE)
        start_is_valid = best is not None
    if start_is_valid and not moves_settled:
        best, lower_moves = moves_phase(instance, best, weight=held_weight(instance, best), budget=budget, settings=settings)
        moves_settled = True
    if budget.stopped():
        schedule = _best_so_far(best if start_is_valid else None, upper=upper)
        schedule.lower_bound_moves = lower_moves
        return schedule
    moves = move_cost(instance, best) if start_is_valid else instance.published_cost()
    first = _break_model(instance, held_weight(instance, best or {}), moves)
    if best:
        first.add_hint(best)
    winner = None
    monitor.update(phase="breaks")
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
            monitor=monitor,
            report=_break_figures,
        )
        status, lower = outcome.status, _proven_floor(outcome.lower)
        found, winner = outcome.slot_of, outcome.winner
    else:
        solver = make_solver(budget.share(0.3), workers=settings.workers, seed=settings.seed, core=True)
        status = monitor.solve(solver, first.model, report=_break_figures)
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
    if not moves_settled and instance.has_moves():
        # The break phase found the first schedule: its move cost is proven minimal only
        # if it meets the forced bound.
        lower_moves = min(forced_moves(instance), move_cost(instance, best))
    elif not moves_settled:
        lower_moves = forced_moves(instance)
    if status != cp_model.OPTIMAL and not budget.stopped():
        best, lower = _anneal_then_improve(instance, best, lower, budget, settings)
    breaks = sum(breaks_per_participant(instance, best))
    moves_proven = not instance.has_moves() or lower_moves >= move_cost(instance, best)
    optimal = weight_proven and moves_proven and lower is not None and lower >= breaks
    return Schedule(
        status=Status.OPTIMAL if optimal else Status.FEASIBLE,
        slot_of=best,
        upper_bound_weight=upper,
        lower_bound_breaks=lower,
        lower_bound_moves=lower_moves,
        winner=winner,
    )


def _anneal_then_improve(instance, best, lower, budget, settings):
    """Anneal ``best``, then ask CP-SAT for fewer breaks than that: a solution is an
    improvement, a proof that none exists proves the annealed schedule optimal."""
    monitor = budget.monitor
    moves = move_cost(instance, best)
    search = KempeSearch(
        instance, best, settings.seed, move_limit=moves, stop=budget.stopped,
        on_improve=lambda breaks: monitor.update(improved=True, breaks=breaks),
    )  # fmt: skip
    best = search.run(budget.share(0.7))
    if budget.stopped():
        return best, lower
    breaks = sum(breaks_per_participant(instance, best))
    second = _break_model(instance, held_weight(instance, best), moves)
    second.model.add(second.total_breaks <= breaks - 1)
    solver = make_solver(budget.remaining() - 0.2, workers=settings.workers, seed=settings.seed, core=True)
    status = monitor.solve(solver, second.model, report=_break_figures)
    if status == cp_model.INFEASIBLE:
        return best, breaks
    if status in FOUND:
        best = second.slot_assignment(solver)
        lower = max(lower or 0, _proven_floor(solver.best_objective_bound) or 0)
    return best, lower


def _proven_floor(bound):
    """A solver's bound on breaks as a whole number (None when it proved nothing finite)."""
    return max(0, math.ceil(bound - 1e-6)) if math.isfinite(bound) else None


def _any_schedule(instance, budget, settings, fraction=1.0, at_most=None):
    """``(status, schedule)``: a valid schedule found within ``fraction`` of the time left
    once the model is built (at most ``at_most`` seconds), or a proof that none exists."""
    if budget.stopped():
        return cp_model.UNKNOWN, None
    model = SlotModel(instance)
    seconds = budget.share(fraction, at_most=at_most)
    solver = make_solver(seconds, workers=settings.workers, seed=settings.seed)
    status = budget.monitor.solve(solver, model.model)
    if status in FOUND:
        return status, model.slot_assignment(solver)
    return status, None


def _fewer_breaks_same_meetings(instance, slot_of, budget, settings):
    """Rearrange the meetings held in ``slot_of`` (all of them required) for fewer breaks,
    moving published meetings no more than ``slot_of`` does.

    With the held set fixed, every participant's number of busy slots is known, which makes
    the break model much tighter than with optional meetings; the result is a strong start
    for the full break phase, which may still swap meetings of equal weight."""
    if budget.stopped():
        return slot_of
    held = sorted(slot_of)
    model = SlotModel(instance, free=held, required=held)
    limit_moves(model, instance, move_cost(instance, slot_of))
    model.add_hint(slot_of)
    model.model.minimize(model.total_breaks)
    solver = make_solver(budget.share(0.4), workers=settings.workers, seed=settings.seed, core=True)
    # (Its bound holds for this held set only: not a bound to report.)
    if budget.monitor.solve(solver, model.model, report=lambda value, _: {"breaks": round(value)}) in FOUND:
        return model.slot_assignment(solver)
    return slot_of
