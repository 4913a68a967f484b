"""The break phase as weighted MaxSAT, the encoding of Bofill et al. (JAIR 74, 2022).

Every meeting is required here (the caller fixes the held set first). Hard clauses:

- a variable per meeting and allowed slot, exactly one slot per meeting;
- at most one meeting per participant and slot;
- table capacity per slot (online meetings take none), a sequential counter, and likewise
  interpreters per slot;
- ``busy`` (participant meets in the slot) and ``later`` (meets in this slot or after), both
  defined in both directions, and break starts (busy before, idle now, busy later), exact;
- the implied constraints: each participant's number of busy slots, the fewest breaks its
  usable slots allow, busy seats per slot (the row that proves ``forum-13crafb``);
- fairness over unary break counters (``max_break_spread``);
- precedences (unavailable slots, sessions and fixed slots shape the domains).

Soft clauses: one per possible break start, weight 1, so the cost is the number of breaks.
It is solved by RC2 (``python-sat``), a core-guided MaxSAT solver, over CaDiCaL.
"""

from pysat.card import CardEnc, EncType
from pysat.examples.rc2 import RC2
from pysat.formula import WCNF, IDPool
from pysat.solvers import Solver

from .slot_model import fewest_breaks

SAT_BACKEND = "cadical195"


class BreakMaxSat:
    """Builds the formula for ``instance`` (every meeting held) and decodes its models."""

    def __init__(self, instance):
        self.instance = instance
        self.pool = IDPool()
        self.wcnf = WCNF()
        self.x = {}
        self.infeasible = False
        self._assignment()
        self._breaks()

    def _new(self):
        return self.pool.id()

    def _hard(self, clause):
        self.wcnf.append(list(clause))

    def _cardinality(self, literals, bound, kind):
        if kind == "atmost" and len(literals) <= bound:
            return
        if kind == "atleast" and bound <= 0:
            return
        if kind == "atleast" and bound > len(literals):
            self.infeasible = True  # more than can be true
            return
        encoder = CardEnc.atmost if kind == "atmost" else CardEnc.atleast
        formula = encoder(lits=literals, bound=bound, vpool=self.pool, encoding=EncType.seqcounter)
        for clause in formula.clauses:
            self._hard(clause)

    def _assignment(self):
        instance = self.instance
        per_slot = [[] for _ in range(instance.num_slots)]  # meetings that take a table
        interpreted = [[] for _ in range(instance.num_slots)]
        self.busy_terms = {}
        self.domains = {}
        for m, meeting in enumerate(instance.meetings):
            self.domains[m] = instance.allowed_slots(m)
            literals = []
            for s in self.domains[m]:
                self.x[m, s] = var = self._new()
                literals.append(var)
                if not meeting.online:
                    per_slot[s].append(var)
                if meeting.interpreter:
                    interpreted[s].append(var)
                for p in meeting.participants:
                    self.busy_terms.setdefault((p, s), []).append(var)
            if not literals:
                self.infeasible = True
            self._hard(literals)
            self._at_most_one(literals)
        for s, literals in enumerate(per_slot):
            self._cardinality(literals, instance.tables, "atmost")
        for s, literals in enumerate(interpreted):
            if instance.slot_interpreters[s] is not None:
                self._cardinality(literals, instance.slot_interpreters[s], "atmost")
        for terms in self.busy_terms.values():
            self._at_most_one(terms)
        for m, meeting in enumerate(instance.meetings):
            for a in meeting.after:
                for s in self.domains[m]:
                    for t in self.domains[a]:
                        if t >= s:
                            self._hard([-self.x[m, s], -self.x[a, t]])

    def _at_most_one(self, literals):
        if len(literals) > 6:
            self._cardinality(literals, 1, "atmost")
            return
        for i, a in enumerate(literals):
            for b in literals[i + 1 :]:
                self._hard([-a, -b])

    def _or(self, literals):
        """A variable equal to the disjunction of ``literals`` (None when there are none)."""
        literals = [lit for lit in literals if lit is not None]
        if not literals:
            return None
        if len(literals) == 1:
            return literals[0]
        var = self._new()
        self._hard([-var, *literals])
        for literal in literals:
            self._hard([var, -literal])
        return var

    def _breaks(self):
        instance = self.instance
        horizon = instance.num_slots
        busy_in_slot = [[] for _ in range(horizon)]
        self.starts = {}
        for p, mine in enumerate(instance.meetings_of):
            if not mine:
                continue
            busy = [self._or(self.busy_terms.get((p, s), [])) for s in range(horizon)]
            for s, literal in enumerate(busy):
                if literal is not None:
                    busy_in_slot[s].append(literal)
            later = [None] * (horizon + 1)
            for s in reversed(range(horizon)):
                later[s] = self._or([busy[s], later[s + 1]])
            starts = []
            for s in range(1, horizon):
                if busy[s - 1] is None or later[s + 1] is None:
                    continue
                start = self._new()
                parts = [busy[s - 1], later[s + 1]]
                self._hard([start, -parts[0], -parts[1]] + ([busy[s]] if busy[s] else []))
                self._hard([-start, parts[0]])
                self._hard([-start, parts[1]])
                if busy[s] is not None:
                    self._hard([-start, -busy[s]])
                starts.append(start)
                self.wcnf.append([-start], weight=1)
            self.starts[p] = starts
            present = [literal for literal in busy if literal is not None]
            self._cardinality(present, len(mine), "atmost")
            self._cardinality(present, len(mine), "atleast")
            usable = {s for m in mine for s in self.domains[m]}
            self._cardinality(starts, fewest_breaks(usable, len(mine)), "atleast")
        for s, literals in enumerate(busy_in_slot):
            meetings = [self.instance.meetings[m] for m in range(len(self.instance.meetings)) if (m, s) in self.x]
            trilateral = sum(1 for meeting in meetings if len(meeting.participants) == 3 and not meeting.online)
            online = sum(len(meeting.participants) for meeting in meetings if meeting.online)
            tables = instance.tables
            self._cardinality(literals, 2 * tables + min(tables, trilateral) + online, "atmost")
        self._fairness()

    def _fairness(self):
        """Breaks of every participant within [low, low + d]: for every k, if someone has at
        least k + d + 1 breaks, everyone has at least k + 1."""
        spread = self.instance.max_break_spread
        if spread is None:
            return
        counters = {p: self._unary_counter(starts) for p, starts in self.starts.items()}
        idle = len(counters) < len(self.instance.participant_ids)
        most = max((len(c) for c in counters.values()), default=0)
        for k in range(most):
            high = [c[k + spread] for c in counters.values() if len(c) > k + spread]
            if not high:
                break
            if idle:  # a participant without meetings has 0 breaks
                for literal in high:
                    self._hard([-literal])
                continue
            someone = self._or(high)
            for c in counters.values():
                self._hard([-someone, c[k]] if len(c) > k else [-someone])

    def _unary_counter(self, literals):
        """``out[k]`` is true exactly when at least k + 1 of ``literals`` are (a full totalizer)."""
        if not literals:
            return []
        if len(literals) == 1:
            return [literals[0]]
        middle = len(literals) // 2
        left = self._unary_counter(literals[:middle])
        right = self._unary_counter(literals[middle:])
        out = [self._new() for _ in range(len(left) + len(right))]
        for i in range(-1, len(left)):
            for j in range(-1, len(right)):
                if i + j + 1 >= 0:  # at least i+1 left and j+1 right: at least i+j+2
                    clause = [out[i + j + 1]]
                    clause += [-left[i]] if i >= 0 else []
                    clause += [-right[j]] if j >= 0 else []
                    self._hard(clause)
                # fewer than i+2 left and fewer than j+2 right: fewer than i+j+3
                if i + j + 2 < len(out):
                    clause = [-out[i + j + 2]]
                    clause += [left[i + 1]] if i + 1 < len(left) else []
                    clause += [right[j + 1]] if j + 1 < len(right) else []
                    self._hard(clause)
        return out

    def phases(self, slot_of):
        """Literals that prefer the slots of ``slot_of`` (a SAT solver's first guesses)."""
        return [var if slot_of.get(m) == s else -var for (m, s), var in self.x.items()]

    def decode(self, model):
        chosen = {literal for literal in model if literal > 0}
        return {m: s for (m, s), var in self.x.items() if var in chosen}


def solve_breaks(instance, report, hint=None, backend=SAT_BACKEND):
    """Minimise breaks; ``report(kind, slot_of, breaks)`` hears of a first schedule
    (``"incumbent"``), then of the optimum (``"optimal"``), or ``("infeasible", None, None)``.
    No time limit: the caller runs it in a process it can end. ``hint``: a schedule whose
    slots the SAT solver tries first."""
    encoding = BreakMaxSat(instance)
    if encoding.infeasible:
        report("infeasible", None, None)
        return
    phases = encoding.phases(hint or {})
    with Solver(name=backend, bootstrap_with=encoding.wcnf.hard) as oracle:
        oracle.set_phases(phases)
        if not oracle.solve():
            report("infeasible", None, None)
            return
        first = encoding.decode(oracle.get_model())
        report("incumbent", first, None)
    with RC2(encoding.wcnf, solver=backend, adapt=True, exhaust=True, minz=True) as rc2:
        rc2.oracle.set_phases(encoding.phases(first))
        model = rc2.compute()
        if model is None:
            report("infeasible", None, None)
        else:
            report("optimal", encoding.decode(model), rc2.cost)
