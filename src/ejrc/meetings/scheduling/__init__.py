"""The B2B meeting scheduler (no Django): what callers use.

    instance = load_instance("forum.json")
    schedule = solve(instance, time_limit=10)
    data = schedule_to_json(instance, schedule)
    assert check_schedule(instance, data).valid
"""

from .check import check_schedule
from .instance import InstanceError, load_instance, parse_instance
from .schedule import Schedule, Status, schedule_to_json
from .phases import solve
from .reasons import REASONS

__all__ = [
    "InstanceError",
    "REASONS",
    "Schedule",
    "Status",
    "check_schedule",
    "load_instance",
    "parse_instance",
    "schedule_to_json",
    "solve",
]
