"""Progress reports and the stop request of one background solve.

``solve(..., progress=callable, stop=event)``: ``progress`` receives a dict of the figures
(``FIELDS``) at most about twice a second from a ticker thread, and at once (at most ten
times a second) when the incumbent improves, from the solving thread; it must be cheap, and
an exception it raises is swallowed (a report must never end a solve). ``stop`` is anything
with ``is_set()``: once set, every CP-SAT solve registered here is told to stop, the time
budget reads as spent, and the phases return the best schedule so far.
"""

import contextlib
import logging
import threading
import time

from ortools.sat.python import cp_model

logger = logging.getLogger(__name__)

FIELDS = (
    "phase", "held_weight", "upper_bound_weight", "breaks", "lower_bound_breaks", "moves",
    "lower_bound_moves", "elapsed", "time_limit",
)  # fmt: skip
TICK = 0.5  # seconds between periodic reports
BURST = 0.1  # seconds at least between reports of improvements
POLL = 0.05  # seconds between looks at the stop request


class Monitor:
    def __init__(self, time_limit, progress=None, stop=None):
        self.time_limit = time_limit
        self.progress = progress
        self.stop_request = stop
        self.started = time.monotonic()
        self.figures = dict.fromkeys(FIELDS[:-2])
        self.figures["phase"] = "start"
        self._last_report = 0.0
        self._solvers = set()
        self._lock = threading.Lock()
        self._ended = threading.Event()
        self._ticker = None
        if progress is not None or stop is not None:
            self._ticker = threading.Thread(target=self._tick, name="scheduling-monitor", daemon=True)
            self._ticker.start()

    def stopped(self):
        return self.stop_request is not None and self.stop_request.is_set()

    def update(self, improved=False, **figures):
        """Record new figures; report them now if they are an improvement (or a new phase)."""
        with self._lock:
            self.figures.update(figures)
        if "phase" in figures:
            self._report(0.0)  # a new phase (and the end) is always reported
        elif improved:
            self._report(BURST)

    def _report(self, spacing):
        if self.progress is None:
            return
        now = time.monotonic()
        with self._lock:
            if now - self._last_report < spacing:
                return
            self._last_report = now
            report = dict(self.figures, elapsed=round(now - self.started, 3), time_limit=self.time_limit)
        try:
            self.progress(report)
        except Exception:  # a report must never end a solve
            logger.exception("scheduling progress callback failed")

    def _tick(self):
        while not self._ended.wait(POLL):
            if self.stopped():
                with self._lock:
                    solvers = list(self._solvers)
                for solver in solvers:
                    solver.stop_search()
            self._report(TICK)

    def end(self):
        self._ended.set()
        if self._ticker is not None:
            self._ticker.join()

    @contextlib.contextmanager
    def watching(self, solver):
        """Register ``solver`` so that a stop request stops it."""
        with self._lock:
            self._solvers.add(solver)
        try:
            if self.stopped():
                solver.parameters.max_time_in_seconds = 0.001
            yield solver
        finally:
            with self._lock:
                self._solvers.discard(solver)

    def solve(self, solver, model, report=None):
        """``solver.solve(model)`` under watch; ``report(objective, bound)`` returns the
        figures of each new solution (only called when someone listens)."""
        with self.watching(solver):
            if report is None or self.progress is None:
                return solver.solve(model)
            return solver.solve(model, _Reporter(self, report))


class _Reporter(cp_model.CpSolverSolutionCallback):
    def __init__(self, monitor, report):
        super().__init__()
        self.monitor, self.report = monitor, report

    def on_solution_callback(self):
        try:
            figures = self.report(self.objective_value, self.best_objective_bound)
        except Exception:  # as above: never into the solver
            logger.exception("scheduling progress figures failed")
            return
        self.monitor.update(improved=True, **figures)
