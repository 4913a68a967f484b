"""The break phase of an all-required instance as a portfolio: MaxSAT against CP-SAT.

Neither method wins everywhere: RC2 on the MaxSAT encoding (``maxsat.py``) proves some long
forums in seconds where CP-SAT's core search needs minutes, and CP-SAT's race proves others
(``forum-13crafb``) faster. So they race, one core each: MaxSAT in a forked process (it has no
time limit of its own and holds the GIL; a process can simply be ended), CP-SAT's core
searches in threads. The first proof wins and the other is stopped; within the time limit.
MaxSAT's first schedule (a plain SAT call, before RC2 starts) is kept as the incumbent until
a better one comes, and the best schedule known is MaxSAT's first guess.
"""

import multiprocessing
import os
import threading
import time
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from .cpsat import FINAL, FOUND
from .racing import CoreRace

METHODS = ("maxsat", "cpsat")

#: What ``solve`` races by default: CP-SAT's core searches alone. Measured on an idle 2-core
#: machine (2026-12-01), forum-13crafb is proved optimal (6 breaks) in 7.5 s by CP-SAT alone,
#: and not at all within 10 s with RC2 as a third process beside it (32-37 breaks); RC2 proved
#: no example sooner. MaxSAT stays one ``methods=`` away for the benchmark and for forums where
#: it would pay.
DEFAULT_METHODS = ("cpsat",)

#: MaxSAT runs beside CP-SAT's race of ``workers`` core searches, at a lower priority (once
#: there is a schedule): on
#: every example CP-SAT's core search proves sooner (forum-13crafb: 6 s against RC2's
#: 27 s; forumt-14: 2 s against over 10 s), so RC2 takes the cycles CP-SAT leaves.
MAXSAT_NICENESS = 5


@dataclass
class Outcome:
    """The race's verdict: ``status`` a CP-SAT status; ``slot_of`` the best schedule found
    (None without one); ``lower`` the best proven bound on breaks; ``winner`` the method
    that settled it (None when none did) and ``seconds`` how long each method ran."""

    status: int
    slot_of: dict | None = None
    lower: float = float("-inf")
    winner: str | None = None
    seconds: dict = field(default_factory=dict)


def _maxsat_child(instance, hint, need_schedule, connection):
    from .maxsat import solve_breaks  # imported here: only the child needs python-sat

    def report(kind, slot_of, breaks):
        connection.send((kind, slot_of, breaks))
        if kind == "incumbent" and need_schedule:
            os.nice(MAXSAT_NICENESS)

    if not need_schedule:
        os.nice(MAXSAT_NICENESS)
    solve_breaks(instance, report, hint=hint)
    connection.close()


def race_break_methods(
    instance, slot_model, *, seconds, workers, seed, hint=None, hint_is_valid=True, methods=DEFAULT_METHODS,
    monitor=None, report=None,
):  # fmt: skip
    """Minimise breaks of ``slot_model`` (built on ``instance``, every meeting required);
    ``hint``: a schedule to try first. When it is not valid (``hint_is_valid``), MaxSAT
    keeps its full priority until its first schedule: then that is urgent. ``monitor``:
    its stop request ends the race; ``report`` gives CP-SAT's progress figures."""
    started = time.monotonic()
    deadline = started + seconds
    outcome = Outcome(status=cp_model.UNKNOWN)
    child = None
    if "maxsat" in methods:
        context = multiprocessing.get_context("fork")
        receiving, sending = context.Pipe(duplex=False)
        child = context.Process(target=_maxsat_child, args=(instance, hint, not hint_is_valid, sending), daemon=True)
        child.start()
        sending.close()
    race = None
    if "cpsat" in methods:
        race = CoreRace(slot_model.model, seconds=seconds, solves=workers, seed=seed, monitor=monitor, report=report)
        runner = _Thread(race.run)
        runner.start()
    finished = None  # CP-SAT's (status, result)
    while time.monotonic() < deadline and not (monitor is not None and monitor.stopped()):
        if child is not None and receiving.poll(0.02):
            kind, slot_of, breaks = _receive(receiving)
            if kind == "incumbent":
                outcome.status, outcome.slot_of = cp_model.FEASIBLE, slot_of
                continue
            outcome.seconds["maxsat"] = time.monotonic() - started
            child.join()
            child = None
            if kind != "lost":
                outcome.winner = "maxsat"
                outcome.status = cp_model.INFEASIBLE if kind == "infeasible" else cp_model.OPTIMAL
                outcome.slot_of, outcome.lower = slot_of, (breaks if breaks is not None else outcome.lower)
                break
        if race is not None and not runner.is_alive():
            outcome.seconds["cpsat"] = time.monotonic() - started
            finished, race = runner.result, None
            if finished[0] in FINAL:
                break
        if child is None and race is None:
            break
        if child is None:
            runner.join(0.05)
    if child is not None:
        child.kill()
        child.join()
        outcome.seconds.setdefault("maxsat", time.monotonic() - started)
    if race is not None:
        race.stop()
        runner.join()
        outcome.seconds.setdefault("cpsat", time.monotonic() - started)
        finished = runner.result
    if finished is not None:
        _merge_cpsat(outcome, slot_model, *finished)
    return outcome


def _merge_cpsat(outcome, slot_model, status, result):
    """CP-SAT's bound always counts; its status and schedule when MaxSAT did not settle the
    race, and its schedule beats MaxSAT's first one."""
    outcome.lower = max(outcome.lower, result.best_objective_bound)
    if outcome.winner is not None:
        return
    if status in FINAL:
        outcome.winner = "cpsat"
    if status in FOUND:
        outcome.status, outcome.slot_of = status, slot_model.slot_assignment(result)
    elif status == cp_model.INFEASIBLE or outcome.slot_of is None:
        outcome.status = status


def _receive(connection):
    try:
        return connection.recv()
    except EOFError:  # the child died (out of memory, say): the race goes on without it
        return "lost", None, None


class _Thread:
    """A thread that keeps its function's return value."""

    def __init__(self, function):
        self.result = None
        self._thread = threading.Thread(target=self._run, args=(function,))

    def _run(self, function):
        self.result = function()

    def start(self):
        self._thread.start()

    def is_alive(self):
        return self._thread.is_alive()

    def join(self, timeout=None):
        self._thread.join(timeout)
