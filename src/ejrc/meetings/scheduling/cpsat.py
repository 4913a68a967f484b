"""The one place that configures CP-SAT for the scheduler's solves."""

from ortools.sat.python import cp_model

FINAL = (cp_model.OPTIMAL, cp_model.INFEASIBLE)
FOUND = (cp_model.OPTIMAL, cp_model.FEASIBLE)


def make_solver(
    seconds, *, workers, seed, core=False, single_core_search=False, reverse=False, quick_presolve=False
):
    """A CP-SAT solver limited to ``seconds``.

    ``core``: a core-guided worker beside the LP-based one (with two workers or more).
    ``single_core_search``: one single-threaded core-guided search, as raced in
    ``racing.py``; ``reverse`` reverses its assumption order. ``quick_presolve``: one presolve
    pass and a 0.01% gap, for the large aggregated models where full presolve costs seconds.
    """
    solver = cp_model.CpSolver()
    parameters = solver.parameters
    parameters.max_time_in_seconds = max(seconds, 0.05)
    parameters.random_seed = seed
    if single_core_search:
        parameters.num_workers = 1
        parameters.subsolvers.append("core")
        # Minimising each core costs more than it returns on these models (measured on
        # forum-13crafb: median 5 s without, 10 s with).
        parameters.core_minimization_level = 0
        parameters.max_sat_reverse_assumption_order = reverse
        return solver
    parameters.num_workers = workers
    if core and workers >= 2:
        parameters.subsolvers.extend(["core", "default_lp"])
    if quick_presolve:
        parameters.max_presolve_iterations = 1
        parameters.relative_gap_limit = 1e-4
    return solver
