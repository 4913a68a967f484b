"""The real forum instances reach their proven optimum (JAIR 2022 benchmark)."""

import json

import pytest

from ejrc.meetings.scheduling.check import check_schedule
from ejrc.meetings.scheduling.instance import load_instance
from ejrc.meetings.scheduling.schedule import schedule_to_json
from ejrc.meetings.scheduling.phases import solve

PROVEN = [
    ("tic-12.original.d2.json", "optimal", 0),
    ("forumt-14.original.d2.json", "optimal", 5),
    ("forum-13crafb.original.d2.json", "optimal", 6),
    ("tic-12.forb0003.d2.json", "infeasible", None),
]


@pytest.mark.parametrize(("filename", "status", "breaks"), PROVEN)
def test_example_reaches_proven_optimum(examples_dir, filename, status, breaks):
    instance = load_instance(examples_dir / filename)
    result = schedule_to_json(instance, solve(instance, time_limit=100))

    assert result["status"] == status
    assert result["total_breaks"] == breaks
    if status == "optimal":
        assert result["total_weight"] == result["upper_bound_weight"] == instance.total_weight()
        assert result["lower_bound_breaks"] == breaks
        assert result["unscheduled"] == []
    else:
        assert result["assignments"] == []
    assert check_schedule(instance, json.loads(json.dumps(result))).valid

