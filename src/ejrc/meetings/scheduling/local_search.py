"""Simulated annealing on break counts with Kempe-chain moves: a fast primal heuristic.

On the long forums (20+ slots) CP-SAT finds valid schedules at once but improves their
breaks slowly. Rearranging a fixed set of held meetings is much like edge colouring, where
the classic move is the *Kempe chain*: pick a meeting and a second slot b; the meetings in
slots a and b that are linked through shared participants swap slots together. Every
participant then keeps one meeting per slot, and a participant's busy pattern simply has
bits a and b exchanged, so the change in breaks is computed from bitmasks in microseconds.
A meeting alone in its chain is a plain move to a free slot.

The held set never changes here, so the weight stays what the caller reached; so does the
move cost of published meetings, at most ``move_limit`` (re-planning minimises it first).
Tables count only meetings that take one (not online ones), and interpreters per slot too.
"""

import math
import random
import time

from .schedule import move_cost

IDLE_WEIGHT = 0.1


def _breaks(mask):
    """Breaks of a busy bitmask: maximal runs of busy slots, minus one."""
    runs = bin(mask & ~(mask << 1)).count("1")
    return max(runs - 1, 0)


def _idle(mask):
    """Idle slots between the first and the last busy slot."""
    if not mask:
        return 0
    return mask.bit_length() - (mask & -mask).bit_length() + 1 - bin(mask).count("1")


def _swap_bits(mask, a, b):
    if (mask >> a & 1) != (mask >> b & 1):
        mask ^= (1 << a) | (1 << b)
    return mask


class KempeSearch:
    def __init__(self, instance, slot_of, seed=0, *, move_limit=None, stop=None, on_improve=None):
        """``move_limit``: the most move cost allowed (default: that of ``slot_of``);
        ``stop()``: true when the search must end; ``on_improve(breaks)``: a new best."""
        self.instance = instance
        self.slot_of = dict(slot_of)
        self.rng = random.Random(seed)
        self.stop = stop or (lambda: False)
        self.on_improve = on_improve or (lambda breaks: None)
        self.moves = move_cost(instance, self.slot_of)
        self.move_limit = self.moves if move_limit is None else max(move_limit, self.moves)
        self.choices = {m: instance.allowed_slots(m) for m in slot_of}
        self.allowed = {m: set(slots) for m, slots in self.choices.items()}
        self.at = {}  # (participant, slot) -> meeting
        self.masks = [0] * len(instance.participant_ids)
        self.used = [0] * instance.num_slots  # tables taken
        self.interpreting = [0] * instance.num_slots  # interpreters taken
        for m, s in self.slot_of.items():
            self.used[s] += instance.uses_table(m)
            self.interpreting[s] += instance.meetings[m].interpreter
            for p in instance.meetings[m].participants:
                self.at[p, s] = m
                self.masks[p] |= 1 << s
        self.breaks = [_breaks(mask) for mask in self.masks]
        self.total = sum(self.breaks)
        self.idle = sum(_idle(mask) for mask in self.masks)
        self.histogram = {}
        for count in self.breaks:
            self.histogram[count] = self.histogram.get(count, 0) + 1
        self.meetings = sorted(self.slot_of)

    def excess(self):
        """How far the break spread exceeds the fairness bound (0 when it holds)."""
        spread = self.instance.max_break_spread
        if spread is None:
            return 0
        return max(0, max(self.histogram) - min(self.histogram) - spread)

    def cost(self):
        """Breaks, the fairness excess (heavily), and idle time as a gentle guide: shrinking
        a gap is progress towards closing it even before the break disappears."""
        return self.total + 10 * self.excess() + IDLE_WEIGHT * self.idle

    def _chain(self, m, a, b, limit=60):
        chain, todo = {m}, [m]
        while todo:
            k = todo.pop()
            for p in self.instance.meetings[k].participants:
                for s in (a, b):
                    other = self.at.get((p, s))
                    if other is not None and other not in chain:
                        chain.add(other)
                        todo.append(other)
                        if len(chain) > limit:
                            return None
        return chain

    def _valid(self, chain, a, b):
        moved = {k: (b if self.slot_of[k] == a else a) for k in chain}
        for k, s in moved.items():
            if s not in self.allowed[k]:
                return None
            meeting = self.instance.meetings[k]
            for before in meeting.after:
                slot = moved.get(before, self.slot_of.get(before))
                if slot is not None and slot >= s:
                    return None
            for after in self.instance.successors.get(k, ()):
                slot = moved.get(after, self.slot_of.get(after))
                if slot is not None and slot <= s:
                    return None
        instance = self.instance
        shift = self._shift(moved, b, instance.uses_table)  # tables gained by b, lost by a
        tables = instance.tables
        if self.used[b] + shift > tables or self.used[a] - shift > tables:
            return None
        interpreters = self._shift(moved, b, lambda k: instance.meetings[k].interpreter)
        for s, change in ((b, interpreters), (a, -interpreters)):
            limit = instance.slot_interpreters[s]
            if change > 0 and limit is not None and self.interpreting[s] + change > limit:
                return None
        cost = sum(instance.stay_cost(k, s) - instance.stay_cost(k, self.slot_of[k]) for k, s in moved.items())
        if self.moves + cost > self.move_limit:
            return None
        return moved, shift, interpreters, cost

    @staticmethod
    def _shift(moved, b, counts):
        """How many more counted meetings slot ``b`` holds after the swap (``a`` as many fewer)."""
        return sum((1 if s == b else -1) for k, s in moved.items() if counts(k))

    def _apply(self, moved, shift, interpreters, cost, a, b):
        people = {p for k in moved for p in self.instance.meetings[k].participants}
        for k in moved:
            for p in self.instance.meetings[k].participants:
                self.at.pop((p, self.slot_of[k]), None)
        for k, s in moved.items():
            self.slot_of[k] = s
            for p in self.instance.meetings[k].participants:
                self.at[p, s] = k
        self.used[b] += shift
        self.used[a] -= shift
        self.interpreting[b] += interpreters
        self.interpreting[a] -= interpreters
        self.moves += cost
        for p in people:
            self.idle -= _idle(self.masks[p])
            self.masks[p] = _swap_bits(self.masks[p], a, b)
            self.idle += _idle(self.masks[p])
            old, new = self.breaks[p], _breaks(self.masks[p])
            if old != new:
                self.histogram[old] -= 1
                if not self.histogram[old]:
                    del self.histogram[old]
                self.histogram[new] = self.histogram.get(new, 0) + 1
                self.breaks[p] = new
                self.total += new - old

    def run(self, seconds, start_temperature=1.5, end_temperature=0.05):
        """Anneal for ``seconds``; return the best schedule seen (``{meeting: slot}``)."""
        if not self.meetings or self.instance.num_slots < 2:
            return dict(self.slot_of)
        deadline = time.monotonic() + seconds
        best_breaks, best = self.total, dict(self.slot_of)
        current = self.cost()
        started, steps = time.monotonic(), 0
        temperature = start_temperature
        while True:
            steps += 1
            if steps % 256 == 0:
                now = time.monotonic()
                if now >= deadline or best_breaks == 0 or self.stop():
                    break
                progress = (now - started) / seconds
                temperature = start_temperature * (end_temperature / start_temperature) ** progress
            m = self.rng.choice(self.meetings)
            if not any(self.breaks[p] for p in self.instance.meetings[m].participants):
                m = self.rng.choice(self.meetings)  # a second draw: favour meetings near breaks
            a = self.slot_of[m]
            b = self.rng.choice(self.choices[m])
            if b == a:
                continue
            chain = self._chain(m, a, b)
            checked = chain and self._valid(chain, a, b)
            if not checked:
                continue
            self._apply(*checked, a, b)
            new = self.cost()
            if new <= current or self.rng.random() < math.exp((current - new) / temperature):
                current = new
                if self.total < best_breaks and not self.excess():
                    best_breaks, best = self.total, dict(self.slot_of)
                    self.on_improve(best_breaks)
            else:
                moved, shift, interpreters, cost = checked
                back = {k: a if s == b else b for k, s in moved.items()}
                self._apply(back, -shift, -interpreters, -cost, a, b)
        return best
