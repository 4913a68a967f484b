"""Re-planning: the move cost of published meetings, its phase and its proven bounds.

After publishing, a re-run should disturb as few published meetings as it can. Once the
weight is settled, this phase minimises the move cost (a published meeting in another slot,
or at another table of its slot, or left out, costs its ``move_cost``), and its bound becomes
``lower_bound_moves``. The break phase then keeps that cost.

``forced_moves`` is a bound that needs no solve, for the large-instance path: a published
meeting that cannot keep its place whatever else happens (its slot is no longer allowed, its
table is gone) costs for sure, and so do the surplus meetings of a slot whose published
meetings share a participant or outnumber its tables or interpreters.
"""

import math
import time

from ortools.sat.python import cp_model

from .cpsat import FOUND, make_solver
from .schedule import move_cost
from .slot_model import SlotModel


def moves_phase(instance, best, *, weight, budget, settings, fraction=0.3):
    """``(schedule, lower bound)``: the least move cost found among schedules holding at
    least ``weight``, starting from ``best`` (a valid schedule)."""
    if not instance.has_moves():
        return best, forced_moves(instance)
    current = move_cost(instance, best)
    floor = forced_moves(instance)
    if current <= floor or budget.stopped():
        return best, min(floor, current)
    model = SlotModel(instance, breaks=False)
    if not instance.require_all_meetings:
        model.model.add(model.weight >= weight)
    model.model.add(model.moves <= current)
    model.model.minimize(model.moves)
    model.add_hint(best)
    solver = make_solver(budget.share(fraction), workers=settings.workers, seed=settings.seed)
    monitor = budget.monitor
    monitor.update(phase="moves")
    status = monitor.solve(solver, model.model, report=lambda value, bound: {"moves": round(value)})
    if status in FOUND:
        found = model.slot_assignment(solver)
        if move_cost(instance, found) <= current:
            best = found
        floor = max(floor, _ceil(solver.best_objective_bound))
    if status != cp_model.OPTIMAL and move_cost(instance, best) > floor and not budget.stopped():
        best = _search_neighbourhoods(instance, best, floor, budget.share(fraction), settings, monitor)
    floor = min(floor, move_cost(instance, best))
    monitor.update(improved=True, moves=move_cost(instance, best), lower_bound_moves=floor)
    return best, floor


def _search_neighbourhoods(instance, best, floor, seconds, settings, monitor):
    """Release the participants around moved meetings (and others), re-solve them with the
    rest fixed, keep what holds as much weight with fewer moves (``large.py``'s search)."""
    from .large import NeighbourhoodSearch  # (large.py builds on this module)

    search = NeighbourhoodSearch(instance, best, settings.workers, settings.seed, monitor=monitor)
    search.target = 60
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline - 0.1 and -search.score()[1] > floor and not monitor.stopped():
        search.step(min(2.0, deadline - time.monotonic()))
    return search.current


def limit_moves(model, instance, limit):
    """Keep the move cost of a model built on some meetings (``model.free``) within
    ``limit``; published meetings outside the model are not held and cost theirs."""
    if not instance.has_moves():
        return
    free = set(model.free)
    outside = sum(
        meeting.move_cost
        for m, meeting in enumerate(instance.meetings)
        if meeting.published and m not in free and m not in model.context
    )
    model.model.add(model.moves <= limit - outside)


def forced_moves(instance):
    """A proven lower bound on the move cost of every schedule (no solve); None when moves
    are not allowed but some meeting is published (then the cost is not minimised)."""
    if not instance.has_moves():
        return None if any(meeting.published for meeting in instance.meetings) else 0
    cost = 0
    by_slot = {}
    for m, meeting in enumerate(instance.meetings):
        if not meeting.published:
            continue
        s = meeting.published_slot
        if s not in instance.allowed_slots(m) or not instance.keeps_table(m):
            cost += meeting.move_cost
        else:
            by_slot.setdefault(s, []).append(m)
    for s, staying in by_slot.items():
        cost += _surplus(instance, s, staying)
    return cost


def _surplus(instance, s, staying):
    """Least move cost of the meetings that must leave slot ``s``, where ``staying`` (each
    able to keep its place alone) are published: each bound below is proven on its own, so
    the largest counts (they may share the same meetings)."""
    meetings = instance.meetings
    seated = [m for m in staying if instance.uses_table(m)]
    seated_costs = sorted(meetings[m].move_cost for m in seated)
    tables = sum(seated_costs[: len(seated) - instance.tables]) if len(seated) > instance.tables else 0
    limit = instance.slot_interpreters[s]
    asking = sorted(meetings[m].move_cost for m in staying if meetings[m].interpreter)
    interpreters = sum(asking[: len(asking) - limit]) if limit is not None and len(asking) > limit else 0
    clashes = 0
    by_person = {}
    for m in staying:
        for p in meetings[m].participants:
            by_person.setdefault(p, []).append(meetings[m].move_cost)
    for person_costs in by_person.values():
        clashes = max(clashes, sum(sorted(person_costs)[:-1]))  # all but the dearest leave
    return max(tables, interpreters, clashes)


def _ceil(bound):
    return max(0, math.ceil(bound - 1e-6)) if math.isfinite(bound) else 0
