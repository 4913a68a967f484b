"""A race of independent core-guided CP-SAT solves.

The break objective is a sum of many 0/1 penalties, the case core-guided search (the MaxSAT
technique: lower bounds from unsatisfiable cores, then one search under the cores' budgets)
is made for. Its running time on the long forums is heavy-tailed: the same model takes 3 s
with one seed and 25 s with another. Independent single-threaded core searches with
different seeds and assumption orders, run side by side until the first one finishes,
cut that tail far more than one solve with cooperating workers, whose second worker
(LP, LNS) contributes nothing to the proof here.

A thread per solve is enough: CP-SAT releases the GIL while it searches.
"""

import threading

from ortools.sat.python import cp_model

from .cpsat import FINAL, make_solver
from .monitor import Monitor


class CoreRace:
    """``solves`` core-guided searches of ``model``; the first to finish stops the others,
    and so does :meth:`stop` (called by the portfolio when another method wins)."""

    def __init__(self, model, *, seconds, solves, seed, monitor=None, report=None):
        """``monitor``: the solve's :class:`~.monitor.Monitor` (its stop request stops the
        race; ``report`` turns each new solution into progress figures)."""
        self.model = model
        self.monitor = monitor or Monitor(seconds)
        self.report = report
        self.solvers = [
            make_solver(seconds, workers=1, seed=seed + i, single_core_search=True, reverse=bool(i % 2))
            for i in range(max(solves, 1))
        ]
        self.statuses = [cp_model.UNKNOWN] * len(self.solvers)
        self.settled = threading.Event()

    def stop(self):
        self.settled.set()
        for solver in self.solvers:
            solver.stop_search()

    def _run(self, index):
        if self.settled.is_set():
            return  # settled before this solve started: stopping it would not hold
        self.statuses[index] = self.monitor.solve(self.solvers[index], self.model, self.report)
        if self.statuses[index] in FINAL:
            self.stop()

    def run(self):
        """Returns ``(status, result)``: a final status with the solve that reached it, or
        FEASIBLE with the solve holding the best solution, or UNKNOWN. The result's
        ``best_objective_bound`` is the best any solve proved, even without a solution."""
        threads = [threading.Thread(target=self._run, args=(i,)) for i in range(len(self.solvers))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        pairs = list(zip(self.statuses, self.solvers))
        for status, solver in pairs:
            if status in FINAL:
                return status, RaceResult(solver, [solver])
        found = [
            (solver.objective_value, i) for i, (status, solver) in enumerate(pairs) if status == cp_model.FEASIBLE
        ]
        if not found:
            return cp_model.UNKNOWN, RaceResult(None, self.solvers)
        return cp_model.FEASIBLE, RaceResult(self.solvers[min(found)[1]], self.solvers)


class RaceResult:
    """The winning solve's values (``winner`` is None when no solve found a schedule), with
    the best bound any solve proved."""

    def __init__(self, winner, solvers):
        self.winner = winner
        self.best_objective_bound = max(s.best_objective_bound for s in solvers)

    def boolean_value(self, literal):
        return self.winner.boolean_value(literal)
