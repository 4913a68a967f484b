"""One call into the solver, with its progress reports and stop button where it takes them."""

import inspect
import time

from ejrc.meetings.scheduling import parse_instance, schedule_to_json, solve


def _accepts(name):
    return name in inspect.signature(solve).parameters


def run_solver(data, *, time_limit, progress, stop):
    """Solve the instance dict ``data``; returns (instance, schedule JSON dict)."""
    instance = parse_instance(data)
    started = time.monotonic()
    extra = {}
    if _accepts("progress"):
        extra["progress"] = progress
    if _accepts("stop"):
        extra["stop"] = stop
    progress({"phase": "start", "elapsed": 0, "time_limit": time_limit})
    schedule = solve(instance, time_limit=time_limit, **extra)
    output = schedule_to_json(instance, schedule)
    progress({"phase": "done", "elapsed": round(time.monotonic() - started, 1), "time_limit": time_limit,
              "held_weight": output["total_weight"], "upper_bound_weight": output["upper_bound_weight"],
              "breaks": output["total_breaks"], "lower_bound_breaks": output["lower_bound_breaks"]})
    return instance, output
