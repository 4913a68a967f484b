"""Progress reports and the stop request of a background solve (issue 11): ``progress`` is
called with the figures, ``stop`` ends the solve promptly with the best schedule so far, on
the whole-instance path (the CP-SAT race included) and on the large-instance path."""

import threading
import time

from ejrc.meetings.scheduling import check_schedule, load_instance, parse_instance, schedule_to_json, solve
from ejrc.meetings.scheduling.generate import generate_instance
from ejrc.meetings.scheduling.monitor import FIELDS


def _stopped_after(seconds):
    stop = threading.Event()
    threading.Timer(seconds, stop.set).start()
    return stop


def test_progress_reports_every_field_and_ends_with_the_result(examples_dir):
    instance = load_instance(examples_dir / "forumt-14.original.d2.json")
    reports = []
    schedule = solve(instance, time_limit=10, progress=reports.append)
    assert reports and all(set(report) == set(FIELDS) for report in reports)
    last = reports[-1]
    assert last["phase"] == "done"
    assert (last["breaks"], last["lower_bound_breaks"]) == (5, schedule.lower_bound_breaks)
    assert last["time_limit"] == 10 and 0 < last["elapsed"] <= 10
    elapsed = [report["elapsed"] for report in reports]
    assert elapsed == sorted(elapsed)
    # About twice a second, more only for new phases and improvements (at most ten a second).
    assert len(reports) <= 12 * (last["elapsed"] + 1)


def test_progress_that_raises_does_not_end_the_solve():
    instance = parse_instance(generate_instance(20, seed=1))

    def broken(report):
        raise RuntimeError("the web page went away")

    schedule = solve(instance, time_limit=3, progress=broken)
    assert schedule.has_assignment


def test_stop_ends_the_race_promptly_with_the_best_so_far(examples_dir):
    # forum-13crafb: every meeting required, CP-SAT's race runs for the whole limit unless
    # it proves the optimum (over 5 s here); stopped after 3.5 s (the race has begun: the
    # first feasibility solve gets at most 2 s) it must return within about a second.
    instance = load_instance(examples_dir / "forum-13crafb.original.d2.json")
    started = time.monotonic()
    schedule = solve(instance, time_limit=30, stop=_stopped_after(3.5))
    assert time.monotonic() - started < 5.5
    assert schedule.status in ("feasible", "unknown", "optimal")
    assert check_schedule(instance, schedule_to_json(instance, schedule)).valid


def test_stop_before_anything_returns_the_greedy_schedule_at_once():
    instance = parse_instance(generate_instance(30, seed=2))
    stop = threading.Event()
    stop.set()
    started = time.monotonic()
    schedule = solve(instance, time_limit=30, stop=stop)
    assert time.monotonic() - started < 2.0
    assert schedule.status == "feasible"
    assert check_schedule(instance, schedule_to_json(instance, schedule)).valid


def test_stop_ends_the_large_path_promptly():
    instance = parse_instance(generate_instance(200, seed=1))  # the large-instance path
    reports = []
    started = time.monotonic()
    schedule = solve(instance, time_limit=60, stop=_stopped_after(3.0), progress=reports.append)
    assert time.monotonic() - started < 7.0
    assert schedule.status == "feasible"
    assert check_schedule(instance, schedule_to_json(instance, schedule)).valid
    assert reports[-1]["held_weight"] == schedule_to_json(instance, schedule)["total_weight"]
