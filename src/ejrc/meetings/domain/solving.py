"""One call into the solver, with its progress reports and its stop button."""

from ejrc.meetings.scheduling import parse_instance, schedule_to_json, solve


def run_solver(data, *, time_limit, progress, stop):
    """Solve the instance dict ``data``; returns the schedule's JSON dict (docs/scheduling.md).

    ``progress(dict)`` gets the solver's figures as they improve; ``stop.is_set()`` ends the
    solve early with the best schedule found so far.
    """
    instance = parse_instance(data)
    schedule = solve(instance, time_limit=time_limit, progress=progress, stop=stop)
    return schedule_to_json(instance, schedule)
