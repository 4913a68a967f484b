"""The MaxSAT path (``maxsat.py``) against brute force, and in the portfolio."""

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from ejrc.meetings.scheduling import check_schedule, load_instance, parse_instance, schedule_to_json, solve
from ejrc.meetings.scheduling.maxsat import solve_breaks
from ejrc.meetings.scheduling.schedule import Schedule, Status, breaks_per_participant
from ejrc.meetings.scheduling.tables import assign_tables

from .conftest import make_instance
from .test_scheduling_properties import SETTINGS, brute_force


@st.composite
def required_instances(draw, extended=False):
    """Small all-required instances that mostly have schedules, often with breaks: few
    restrictions, many meetings per participant. ``extended``: with online meetings and
    interpreters, and published meetings that may not move."""
    slots = draw(st.integers(4, 5))
    people = draw(st.integers(4, 5))
    meetings = []
    for _ in range(draw(st.integers(3, 6))):
        size = draw(st.sampled_from([2, 2, 2, 2, 3]))
        extra = {
            "session": draw(st.sampled_from(["any"] * 8 + ["morning", "afternoon"])),
            "fixed_slot": draw(st.sampled_from([None] * 12 + list(range(1, slots + 1)))),
        }
        if extended:
            extra |= {"online": draw(st.booleans()), "interpreter": draw(st.booleans())}
            extra["published_slot"] = draw(st.sampled_from([None] * 4 + list(range(1, slots + 1))))
        meetings.append((sorted(draw(st.permutations(range(1, people + 1)))[:size]), extra))
    if draw(st.booleans()):
        meetings[-1][1]["after"] = [1]
    away = {p: draw(st.sampled_from([[]] * 3 + [[s] for s in range(1, slots + 1)])) for p in range(1, people + 1)}
    data = make_instance(
        slots,
        people,
        meetings,
        tables=draw(st.integers(2, 3)),
        away=away,
        morning_slots=draw(st.integers(1, slots - 1)),
        require_all=True,
        spread=draw(st.sampled_from([None, 0, 1, 2])),
    )
    if extended:
        data["allow_moves"] = False
        for slot in data["slots"]:
            slot["interpreters"] = draw(st.sampled_from([None, 1, 2]))
    return data


def _maxsat(instance):
    messages = []
    solve_breaks(instance, lambda *message: messages.append(message))
    return messages


@settings(SETTINGS, max_examples=80)
@given(required_instances() | required_instances(extended=True))
def test_maxsat_optimum_matches_brute_force(data):
    instance = parse_instance(data)
    expected = brute_force(instance)

    messages = _maxsat(instance)

    kind, slot_of, breaks = messages[-1]
    if expected is None:
        assert [message[0] for message in messages] == ["infeasible"]
        return
    assert [message[0] for message in messages] == ["incumbent", "optimal"]
    assert breaks == expected[1] == sum(breaks_per_participant(instance, slot_of))
    for _, schedule, _ in messages:
        assert sorted(schedule) == list(range(len(instance.meetings)))
        result = schedule_to_json(instance, _with_tables(instance, schedule))
        assert check_schedule(instance, result).valid, check_schedule(instance, result).violations


@settings(SETTINGS, max_examples=15)
@given(required_instances() | required_instances(extended=True))
def test_solve_with_maxsat_alone_matches_brute_force(data):
    instance = parse_instance(data)
    expected = brute_force(instance)

    result = schedule_to_json(instance, solve(instance, time_limit=20, methods=("maxsat",)))

    if expected is None:
        assert result["status"] == "infeasible"
    else:
        assert result["status"] == "optimal"
        assert (result["total_breaks"], result["lower_bound_breaks"]) == (expected[1], expected[1])
    assert check_schedule(instance, result).valid


def test_maxsat_proves_forumt_14_optimal(examples_dir):
    instance = load_instance(examples_dir / "forumt-14.original.d2.json")

    result = schedule_to_json(instance, solve(instance, time_limit=60, methods=("maxsat",)))

    assert (result["status"], result["total_breaks"], result["lower_bound_breaks"]) == ("optimal", 5, 5)
    assert check_schedule(instance, json.loads(json.dumps(result))).valid


def _with_tables(instance, slot_of):
    return Schedule(status=Status.FEASIBLE, slot_of=slot_of, table_of=assign_tables(instance, slot_of))
