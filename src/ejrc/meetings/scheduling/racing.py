"""CP-SAT solvers for the phases, and a race of independent core-guided solves.

The break objective is a sum of many 0/1 penalties, the case core-guided search (the MaxSAT
technique: lower bounds from unsatisfiable cores, then one search under the cores' budgets)
is made for. Its running time on the long forums is heavy-tailed: the same model takes 3 s
with one seed and 25 s with another. Two independent single-threaded core searches with
different seeds and assumption orders, run side by side until the first one finishes,
cut that tail far more than one solve with two cooperating workers, whose second worker
(LP, LNS) contributes nothing to the proof here.

A thread per solve is enough: CP-SAT releases the GIL while it searches.
"""

import threading

from ortools.sat.python import cp_model

FINAL = (cp_model.OPTIMAL, cp_model.INFEASIBLE)


def make_solver(seconds, workers, seed, core=False):
    """A CP-SAT solver; ``core`` puts a core-guided worker beside the LP-based one."""
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(seconds, 0.05)
    solver.parameters.num_workers = workers
    solver.parameters.random_seed = seed
    if core and workers >= 2:
        solver.parameters.subsolvers.extend(["core", "default_lp"])
    return solver


def _core_solver(seconds, seed, reverse):
    solver = cp_model.CpSolver()
    parameters = solver.parameters
    parameters.max_time_in_seconds = max(seconds, 0.05)
    parameters.num_workers = 1
    parameters.random_seed = seed
    parameters.subsolvers.append("core")
    # Minimising each core costs more than it returns on these models (measured on
    # forum-13crafb: median 5 s without, 10 s with).
    parameters.core_minimization_level = 0
    parameters.max_sat_reverse_assumption_order = reverse
    return solver


def race_core_solves(model, seconds, workers, seed):
    """Minimise ``model`` with ``workers`` core-guided solves in parallel; the first to
    finish stops the others.

    Returns ``(status, result)``: a final status with the solve that reached it, or else
    FEASIBLE with the solve holding the best solution, or UNKNOWN. The result's
    ``best_objective_bound`` is the best any solve proved, even without a solution."""
    solvers = [_core_solver(seconds, seed + i, reverse=bool(i % 2)) for i in range(max(workers, 1))]
    statuses = [cp_model.UNKNOWN] * len(solvers)
    settled = threading.Event()

    def run(index):
        if settled.is_set():
            return  # another solve ended before this one started: stopping it would not hold
        statuses[index] = solvers[index].solve(model)
        if statuses[index] in FINAL:
            settled.set()
            for other in solvers:
                other.stop_search()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(solvers))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for status, solver in zip(statuses, solvers):
        if status in FINAL:
            return status, RaceResult(solver, [solver])
    found = [(s.objective_value, i) for i, s in enumerate(solvers) if statuses[i] == cp_model.FEASIBLE]
    if not found:
        return cp_model.UNKNOWN, RaceResult(None, solvers)
    return cp_model.FEASIBLE, RaceResult(solvers[min(found)[1]], solvers)


class RaceResult:
    """The winning solve's values (``winner`` is None when no solve found a schedule), with
    the best bound any solve proved."""

    def __init__(self, winner, solvers):
        self.winner = winner
        self.best_objective_bound = max(s.best_objective_bound for s in solvers)

    def boolean_value(self, literal):
        return self.winner.boolean_value(literal)
