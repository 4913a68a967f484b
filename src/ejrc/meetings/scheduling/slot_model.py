"""The CP-SAT model that puts meetings into slots (tables come later, see ``tables.py``).

Tables are interchangeable, so the model never chooses a table: a per-slot capacity
constraint ("at most T meetings in a slot") replaces T symmetric copies of every decision.

Breaks are counted by their starts: a break starts at slot s when the participant is busy at
s-1, idle at s and busy again later. One Boolean per participant and slot, defined in both
directions, counts breaks exactly (exactness matters for the fairness bound). Implied
constraints (busy count, seats per slot, far-apart clauses) give the solver its lower bounds.

Without ``breaks`` (and without a fairness bound) only the assignment is modelled: that is
all the weight phase needs. The same builder serves the whole instance and the
neighbourhoods of the large-instance search: only the meetings in ``free`` are decided;
every other meeting keeps the slot given in ``context`` and simply occupies its participants
and a table.
"""

from ortools.sat.python import cp_model


class SlotModel:
    def __init__(
        self, instance, free=None, context=None, break_bounds=None, breaks=True, required=()
    ):
        self.instance = instance
        self.model = cp_model.CpModel()
        self.free = list(range(len(instance.meetings))) if free is None else list(free)
        context = context or {}
        free_set = self._free_set = set(self.free)
        self._required = set(required)
        self.context = {m: s for m, s in context.items() if m not in free_set}
        self.capacity = [instance.tables] * instance.num_slots  # tables left per slot
        self.interpreters = list(instance.slot_interpreters)  # interpreters left (None: no limit)
        for m, s in self.context.items():
            self.capacity[s] -= instance.uses_table(m)
            if instance.meetings[m].interpreter and self.interpreters[s] is not None:
                self.interpreters[s] -= 1
        self._fixed_busy = [set() for _ in instance.participant_ids]
        for m, s in self.context.items():
            for p in instance.meetings[m].participants:
                self._fixed_busy[p].add(s)
        self.x = {}
        self.domains = {}
        self.held = {}
        self._build_assignment()
        self._build_precedences()
        self.participants = sorted({p for m in self.free for p in instance.meetings[m].participants})
        self.breaks = {}
        if breaks or instance.max_break_spread is not None:
            self._build_breaks()
            self._build_fairness(break_bounds)
        self.weight = sum(instance.meetings[m].weight * self.held[m] for m in self.free)
        self.total_breaks = sum(self.breaks.values())
        self.moves = self._moves()

    def _moves(self):
        """Move cost of the free published meetings: moved (a slot other than the published
        one, or the published slot when its table is gone) or dropped."""
        instance = self.instance
        terms = []
        for m in self.free:
            meeting = instance.meetings[m]
            if not meeting.published:
                continue
            terms += [instance.stay_cost(m, s) * self.x[m, s] for s in self.domains[m] if instance.stay_cost(m, s)]
            if not self._must_hold(m):
                terms.append(meeting.move_cost * (1 - self.held[m]))
        return sum(terms)

    def _must_hold(self, m):
        # A fixed meeting is optional too when meetings are: it takes its slot or is not held.
        return self.instance.require_all_meetings or m in self._required

    def _domain(self, m):
        """Allowed slots of ``m`` that fit the fixed context (participants, precedences)."""
        instance = self.instance
        meeting = instance.meetings[m]
        slots = [
            s
            for s in instance.allowed_slots(m)
            if (self.capacity[s] > 0 or meeting.online)
            and not (meeting.interpreter and self.interpreters[s] is not None and self.interpreters[s] <= 0)
            and not any(s in self._fixed_busy[p] for p in meeting.participants)
        ]
        earliest, latest = instance.precedence_window(m, self.context)
        return [s for s in slots if earliest <= s <= latest]

    def _build_assignment(self):
        instance = self.instance
        per_slot = [[] for _ in range(instance.num_slots)]  # meetings that take a table
        interpreted = [[] for _ in range(instance.num_slots)]
        self.busy_terms = {}
        for m in self.free:
            literals = []
            self.domains[m] = self._domain(m)
            for s in self.domains[m]:
                var = self.model.new_bool_var(f"x{m}_{s}")
                self.x[m, s] = var
                literals.append(var)
                if instance.uses_table(m):
                    per_slot[s].append(var)
                if instance.meetings[m].interpreter:
                    interpreted[s].append(var)
                for p in instance.meetings[m].participants:
                    self.busy_terms.setdefault((p, s), []).append(var)
            if self._must_hold(m):
                self.model.add_exactly_one(literals)  # empty: proves infeasibility
                self.held[m] = 1
            else:
                self.model.add_at_most_one(literals)
                self.held[m] = sum(literals)
        for s, literals in enumerate(per_slot):
            if len(literals) > self.capacity[s]:
                self.model.add(sum(literals) <= self.capacity[s])
        for s, literals in enumerate(interpreted):
            if self.interpreters[s] is not None and len(literals) > self.interpreters[s]:
                self.model.add(sum(literals) <= self.interpreters[s])
        for terms in self.busy_terms.values():
            if len(terms) > 1:
                self.model.add_at_most_one(terms)

    def _build_precedences(self):
        """Both held implies the predecessor's slot is earlier: for every slot s of ``m``,
        m at s excludes the predecessor at s or later (one linear row per slot)."""
        for m in self.free:
            for a in self.instance.meetings[m].after:
                if a not in self.domains:
                    continue  # not free: already handled by the domain of m
                for s in self.domains[m]:
                    later = [self.x[a, t] for t in self.domains[a] if t >= s]
                    if later:
                        self.model.add(self.x[m, s] + sum(later) <= 1)

    def _busy(self, p, s):
        """Busy indicator of ``p`` at ``s``: 0, 1 or a Boolean literal."""
        if s in self._fixed_busy[p]:
            return 1
        terms = self.busy_terms.get((p, s), [])
        if not terms:
            return 0
        if len(terms) == 1:
            return terms[0]
        var = self.model.new_bool_var(f"busy{p}_{s}")
        self.model.add(sum(terms) == var)
        return var

    def _and(self, items):
        """A literal equal to the conjunction of literals and constants 0/1."""
        if any(isinstance(item, int) and item == 0 for item in items):
            return 0
        literals = [item for item in items if not isinstance(item, int)]
        if len(literals) <= 1:
            return literals[0] if literals else 1
        var = self.model.new_bool_var("")
        for literal in literals:
            self.model.add_implication(var, literal)
        self.model.add_bool_or([var] + [literal.Not() for literal in literals])
        return var

    def _or(self, items):
        return _negate(self._and([_negate(item) for item in items]))

    def _build_breaks(self):
        """A break starts at s when p is busy at s-1, idle at s and busy somewhere later."""
        instance = self.instance
        busy_in_slot = [[] for _ in range(instance.num_slots)]
        for p in self.participants:
            busy = [self._busy(p, s) for s in range(instance.num_slots)]
            for s, literal in enumerate(busy):
                if not isinstance(literal, int):
                    busy_in_slot[s].append(literal)
            later = [0] * (instance.num_slots + 1)  # busy at s or afterwards
            for s in reversed(range(instance.num_slots)):
                later[s] = self._or([busy[s], later[s + 1]])
            starts = [
                self._and([busy[s - 1], _negate(busy[s]), later[s + 1]])
                for s in range(1, instance.num_slots)
            ]
            mine = [m for m in instance.meetings_of[p] if m in self._free_set]
            most = len(mine) + len(self._fixed_busy[p])  # other meetings are not held here
            self.breaks[p] = sum(start for start in starts if not _is_zero(start))
            if all(self._must_hold(m) for m in mine):
                # Implied: the number of busy slots is known in advance ...
                self._add(sum(busy) == most)
                if not self._fixed_busy[p]:
                    # ... and so is a floor on breaks, from the gaps in the usable slots.
                    usable = {s for m in mine for s in self.domains[m]}
                    self._add(self.breaks[p] >= fewest_breaks(usable, most))
            self._add_far_apart_clauses(busy, starts, most)
        self._add_seats_per_slot(busy_in_slot)

    def _add_seats_per_slot(self, busy_in_slot):
        """Implied: a slot seats at most (tables x people per meeting) busy participants.

        The capacity row already bounds the meetings of a slot, but the break reasoning works
        on busy literals; stating the bound on them directly is what lets the solver prove
        that too few breaks would crowd some slot (forum-13crafb: bound 6 in seconds, not
        minutes)."""
        for s, literals in enumerate(busy_in_slot):
            meetings = [self.instance.meetings[m] for m in self.free if (m, s) in self.x]
            trilateral = sum(1 for meeting in meetings if len(meeting.participants) == 3 and not meeting.online)
            online = sum(len(meeting.participants) for meeting in meetings if meeting.online)
            seats = 2 * self.capacity[s] + min(self.capacity[s], trilateral) + online
            if len(literals) > seats:
                self.model.add(sum(literals) <= seats)

    def _add_far_apart_clauses(self, busy, starts, most_meetings):
        """Implied: busy at s and at t >= s + k (k = most meetings) leaves an idle slot between,
        so a break starts in (s, t). Links distant slots directly to the objective."""
        horizon = len(busy)
        if most_meetings < 2:
            return  # one meeting never makes a break
        for s in range(horizon):
            if isinstance(busy[s], int) and busy[s] == 0:
                continue
            for t in range(s + most_meetings, horizon):
                if isinstance(busy[t], int) and busy[t] == 0:
                    continue
                between = [starts[u - 1] for u in range(s + 1, t)]
                if any(isinstance(b, int) and b == 1 for b in between):
                    continue
                clause = [_negate(busy[s]), _negate(busy[t]), *between]
                clause = [lit for lit in clause if not isinstance(lit, int)]
                self.model.add_bool_or(clause)

    def _build_fairness(self, break_bounds):
        """max_break_spread: all participants' breaks within [low, low + d].

        Participants outside the model keep their breaks; ``break_bounds`` gives the range
        their fixed values leave open (whole-instance solves pass None)."""
        spread = self.instance.max_break_spread
        if spread is None:
            return
        horizon = self.instance.num_slots
        low = self.model.new_int_var(0, horizon, "fewest_breaks")
        if break_bounds is not None:
            self.model.add(low >= break_bounds[1] - spread)
            self.model.add(low <= break_bounds[0])
        if len(self.participants) < len(self.instance.participant_ids) and break_bounds is None:
            self.model.add(low == 0)  # participants without meetings have no breaks
        for p in self.participants:
            self.model.add(self.breaks[p] >= low)
            self.model.add(self.breaks[p] <= low + spread)

    def _add(self, constraint):
        """Add a constraint that may have collapsed to a plain truth value."""
        if constraint is True:
            return
        if constraint is False:
            self.model.add_bool_or([])
        else:
            self.model.add(constraint)

    def add_hint(self, slot_of):
        for (m, s), var in self.x.items():
            self.model.add_hint(var, slot_of.get(m) == s)

    def slot_assignment(self, solver):
        return {m: s for (m, s), var in self.x.items() if solver.boolean_value(var)}


def _negate(item):
    return 1 - item if isinstance(item, int) else item.Not()


def _is_zero(item):
    return isinstance(item, int) and item == 0


def fewest_breaks(usable, count):
    """Fewest breaks of ``count`` busy slots chosen among ``usable`` slot indices: fill the
    longest runs of consecutive usable slots first; each further run adds a break."""
    runs = []
    for s in sorted(usable):
        if runs and runs[-1][1] == s - 1:
            runs[-1][1] = s
        else:
            runs.append([s, s])
    lengths = sorted((end - start + 1 for start, end in runs), reverse=True)
    covered = used = 0
    for length in lengths:
        if covered >= count:
            break
        covered += length
        used += 1
    return max(used - 1, 0)
