"""Real-event scale: a break-aware greedy start, then large-neighbourhood search with CP-SAT.

A whole model of 3,000 participants has hundreds of thousands of meeting-slot Booleans; its
LP alone takes longer than an organiser wants to wait. Instead:

1. ``bounds.aggregated_bound`` proves an upper bound on the weight and picks a selection of
   meetings that fits the counts; those meetings are booked first, heaviest first.
2. Each booking goes to the slot that adds the fewest breaks for its participants.
3. Repeatedly, a neighbourhood (a few participants with unbooked meetings or with breaks,
   plus some of their partners) is released and re-solved exactly by ``SlotModel`` with all
   other bookings fixed, maximising weight, then fewer breaks. Improvements are kept.
4. The last 30% of the time anneals breaks with Kempe-chain moves (``local_search.py``).

When re-planning, published meetings are booked first, in their published slot where they
can still go; the neighbourhoods then prefer, in this order, more weight, less move cost and
fewer breaks, and annealing keeps the move cost. ``lower_bound_moves`` is the bound of
``moves.forced_moves`` (no model of the whole event is solved here).
"""

import random

from ortools.sat.python import cp_model

from .bounds import aggregated_bound
from .cpsat import FOUND, make_solver
from .greedy import SlotUse, greedy_schedule
from .local_search import KempeSearch
from .monitor import Monitor
from .moves import forced_moves
from .schedule import Schedule, Status, breaks_per_participant, held_weight, move_cost
from .slot_model import SlotModel


def solve_large(instance, budget, *, workers=2, seed=0):
    """Schedule a large instance within ``budget`` (a :class:`~.budget.TimeBudget`)."""
    monitor = budget.monitor
    start = greedy_schedule(instance)
    monitor.update(phase="weight")
    upper, selected = aggregated_bound(
        instance, min(15.0, budget.seconds * 0.15), workers, seed, hint=start, monitor=monitor
    )
    lower_moves = forced_moves(instance)
    fair = instance.max_break_spread is not None
    current = break_aware_greedy(instance, _booking_order(instance, selected), no_new_breaks=fair)
    search = NeighbourhoodSearch(instance, current, workers, seed, monitor=monitor)
    search.report(upper_bound_weight=upper, lower_bound_moves=lower_moves)
    annealing_from = budget.point(0.7)
    while budget.until(annealing_from) > 0:
        if search.score() == (upper, -(lower_moves or 0), 0):
            break
        search.step(min(3.0, budget.until(annealing_from)))
    # The rest of the time goes to breaks alone: annealing keeps the meetings held.
    seconds = budget.remaining() - 1.0  # leave time to number the tables
    monitor.update(phase="breaks")
    current = KempeSearch(
        instance, search.current, seed, stop=budget.stopped,
        on_improve=lambda breaks: monitor.update(improved=True, breaks=breaks),
    ).run(seconds)  # fmt: skip
    if instance.require_all_meetings and len(current) < len(instance.meetings):
        return Schedule(status=Status.UNKNOWN, upper_bound_weight=upper)
    weight, breaks = held_weight(instance, current), sum(breaks_per_participant(instance, current))
    moves_proven = not instance.has_moves() or move_cost(instance, current) == lower_moves
    optimal = weight == upper and breaks == 0 and moves_proven
    return Schedule(
        status=Status.OPTIMAL if optimal else Status.FEASIBLE,
        slot_of=current,
        upper_bound_weight=upper,
        lower_bound_breaks=0 if optimal else None,
        lower_bound_moves=lower_moves,
    )


def _booking_order(instance, selected):
    def key(m):
        # Published meetings that can keep their place first (re-planning: they all fitted).
        meeting = instance.meetings[m]
        freedom = len(instance.allowed_slots(m))
        stays = meeting.published and instance.stay_cost(m, meeting.published_slot) == 0
        stays = stays and meeting.published_slot in instance.allowed_slots(m)
        return (not stays, m not in selected, -meeting.weight, meeting.fixed_slot is None, freedom, m)

    return sorted(range(len(instance.meetings)), key=key)


def break_aware_greedy(instance, order, no_new_breaks=False):
    """Book meetings in ``order``, each where it adds the fewest breaks, then where the most
    tables are left (balanced slots keep room for the hard-to-place meetings).

    ``no_new_breaks`` books only where nobody gets a break: a start that keeps any fairness
    bound, for the neighbourhood search to improve within that bound."""
    masks = [0] * len(instance.participant_ids)  # busy slots as bits
    used = SlotUse(instance)
    slot_of = {}
    for m in order:
        meeting = instance.meetings[m]
        earliest, latest = instance.precedence_window(m, slot_of)
        best = None
        for s in instance.allowed_slots(m):
            if not earliest <= s <= latest or not used.fits(m, s):
                continue
            if any(masks[p] >> s & 1 for p in meeting.participants):
                continue
            added = sum(_added_breaks(masks[p], s) for p in meeting.participants)
            cost = (instance.stay_cost(m, s), added, used.tables[s])
            if best is None or cost < best[0]:
                best = (cost, s)
        if best is not None and not (no_new_breaks and best[0][1] > 0):
            s = best[1]
            slot_of[m] = s
            used.add(m, s)
            for p in meeting.participants:
                masks[p] |= 1 << s
    return slot_of


def _added_breaks(mask, s):
    """How many breaks booking slot ``s`` adds to a participant busy at ``mask``."""
    below = mask & ((1 << s) - 1)
    above = mask >> (s + 1)
    if not below and not above:
        return 0
    gap_before = below and s - (below.bit_length() - 1) > 1
    gap_after = above and (above & -above).bit_length() - 1 > 0
    if below and above:
        return int(bool(gap_before)) + int(bool(gap_after)) - 1
    return int(bool(gap_before or gap_after))


class NeighbourhoodSearch:
    """Release a neighbourhood, re-solve it exactly with the rest fixed, keep improvements."""

    def __init__(self, instance, current, workers, seed, monitor=None):
        self.instance = instance
        self.current = dict(current)
        self.monitor = monitor or Monitor(0)
        self.workers = workers
        self.rng = random.Random(seed)
        self.target = 150  # meetings released per step; adapts to how the solves go
        self.breaks = breaks_per_participant(instance, self.current)

    def total_breaks(self):
        return sum(self.breaks)

    def score(self):
        """What the search improves, in this order: weight, less move cost, fewer breaks."""
        return held_weight(self.instance, self.current), -move_cost(self.instance, self.current), -self.total_breaks()

    def report(self, **figures):
        weight, moves, breaks = self.score()
        self.monitor.update(improved=True, held_weight=weight, moves=-moves, breaks=-breaks, **figures)

    def _pick_participants(self):
        instance = self.instance
        unbooked = [m for m in range(len(instance.meetings)) if m not in self.current]
        broken = [p for p, count in enumerate(self.breaks) if count]
        moved = self._moved() if instance.has_moves() else []
        if moved and self.rng.random() < 0.5:
            seeds = list(instance.meetings[self.rng.choice(moved)].participants)
        elif unbooked and (not broken or self.rng.random() < 0.6):
            seeds = list(instance.meetings[self.rng.choice(unbooked)].participants)
        elif broken:
            seeds = [self.rng.choice(broken)]
        else:
            seeds = [self.rng.randrange(len(instance.participant_ids))]
        chosen, frontier, size = set(), list(seeds), 0
        while frontier and size < self.target:
            p = frontier.pop(self.rng.randrange(len(frontier)))
            if p in chosen:
                continue
            chosen.add(p)
            size += len(instance.meetings_of[p])
            for m in instance.meetings_of[p]:
                frontier.extend(q for q in instance.meetings[m].participants if q not in chosen)
        return chosen

    def _moved(self):
        """Published meetings away from their place (moved or dropped)."""
        instance = self.instance
        return [
            m
            for m, meeting in enumerate(instance.meetings)
            if meeting.published and (m not in self.current or instance.stay_cost(m, self.current[m]))
        ]

    def step(self, seconds):
        if seconds <= 0.1:
            return
        instance = self.instance
        chosen = self._pick_participants()
        free = sorted({m for p in chosen for m in instance.meetings_of[p]})
        touched = {p for m in free for p in instance.meetings[m].participants}
        outside = [count for p, count in enumerate(self.breaks) if p not in touched]
        bounds = (min(outside), max(outside)) if outside else None
        sub = SlotModel(instance, free=free, context=self.current, break_bounds=bounds)
        scale = len(sub.participants) * instance.num_slots + 1  # weight first, then moves, breaks
        moves_scale = sum(instance.meetings[m].move_cost for m in free if instance.meetings[m].published) + 1
        sub.model.maximize(scale * (moves_scale * sub.weight - sub.moves) - sub.total_breaks)
        sub.add_hint(self.current)
        solver = make_solver(seconds, workers=self.workers, seed=self.rng.randrange(1 << 30))
        status = self.monitor.solve(solver, sub.model)
        self.target = int(self.target * (1.15 if status == cp_model.OPTIMAL else 0.8)) or 1
        if status not in FOUND:
            return
        released = set(free)
        candidate = {m: s for m, s in self.current.items() if m not in released}
        candidate.update(sub.slot_assignment(solver))
        old = self.score()
        new_breaks = breaks_per_participant(instance, candidate)
        new = (held_weight(instance, candidate), -move_cost(instance, candidate), -sum(new_breaks))
        if new > old:
            self.current, self.breaks = candidate, new_breaks
            self.report()
