"""Schedules the phases start from: every meeting held (when they all fit), any valid
schedule (when none is known), and the held meetings rearranged for fewer breaks."""

from ortools.sat.python import cp_model

from .cpsat import FOUND, make_solver
from .moves import limit_moves
from .schedule import move_cost
from .slot_model import SlotModel


def all_held(instance, greedy, budget, settings):
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


def any_schedule(instance, budget, settings, fraction=1.0, at_most=None):
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


def fewer_breaks_same_meetings(instance, slot_of, budget, settings):
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
