"""Online meetings and interpreters (issue 11): each constraint on small hand-made instances,
in the parser, the solver, the greedy booking and the checker."""

import pytest

from ejrc.meetings.scheduling import check_schedule, parse_instance, schedule_to_json, solve
from ejrc.meetings.scheduling.greedy import first_come_first_served
from ejrc.meetings.scheduling.instance import InstanceError
from ejrc.meetings.scheduling.local_search import KempeSearch

from .conftest import make_instance


def _schedule(assignments, **fields):
    return {
        "format": "ejrc-b2b-schedule/1", "instance": "test", "status": "feasible",
        "assignments": [{"meeting": m, "slot": s, "table": t} for m, s, t in assignments],
    } | fields  # fmt: skip


def test_online_meetings_take_no_table():
    # One slot, one table, three disjoint meetings: two of them online, so all three fit.
    meetings = [[1, 2], ([3, 4], {"online": True}), ([5, 6], {"online": True})]
    instance = parse_instance(make_instance(1, 6, meetings, tables=1))
    result = schedule_to_json(instance, solve(instance, time_limit=5))
    assert result["status"] == "optimal"
    assert sorted((row["meeting"], row["table"]) for row in result["assignments"]) == [(1, 1), (2, None), (3, None)]
    assert check_schedule(instance, result).valid


def test_without_online_only_one_of_them_fits():
    instance = parse_instance(make_instance(1, 6, [[1, 2], [3, 4], [5, 6]], tables=1))
    result = schedule_to_json(instance, solve(instance, time_limit=5))
    assert result["total_weight"] == 1
    assert {row["reason"] for row in result["unscheduled_reasons"]} == {"table_capacity"}


def test_a_meeting_that_needs_an_interpreter_goes_where_one_is_free():
    # Slot 1 has no interpreter, slot 2 one: the interpreted meeting must take slot 2.
    data = make_instance(2, 4, [([1, 2], {"interpreter": True}), [1, 3]], tables=2)
    data["slots"][0]["interpreters"] = 0
    data["slots"][1]["interpreters"] = 1
    instance = parse_instance(data)
    result = schedule_to_json(instance, solve(instance, time_limit=5))
    slots = {row["meeting"]: row["slot"] for row in result["assignments"]}
    assert slots == {1: 2, 2: 1}


def test_at_most_n_interpreted_meetings_per_slot():
    # Four interpreted meetings between distinct people, two slots with one interpreter each:
    # two are held, and the others are left out for want of an interpreter.
    meetings = [([2 * i + 1, 2 * i + 2], {"interpreter": True}) for i in range(4)]
    data = make_instance(2, 8, meetings, tables=4)
    for slot in data["slots"]:
        slot["interpreters"] = 1
    instance = parse_instance(data)
    result = schedule_to_json(instance, solve(instance, time_limit=5))
    assert (result["status"], result["total_weight"]) == ("optimal", 2)
    assert {row["reason"] for row in result["unscheduled_reasons"]} == {"interpreter_capacity"}
    assert check_schedule(instance, result).valid


def test_no_interpreter_anywhere_is_the_reason_and_required_means_infeasible():
    data = make_instance(2, 2, [([1, 2], {"interpreter": True})])
    for slot in data["slots"]:
        slot["interpreters"] = 0
    result = schedule_to_json(parse_instance(data), solve(parse_instance(data), time_limit=5))
    assert result["unscheduled_reasons"] == [{"meeting": 1, "reason": "interpreter_capacity"}]
    data["require_all_meetings"] = True
    assert solve(parse_instance(data), time_limit=5).status == "infeasible"


def test_greedy_booking_respects_tables_online_and_interpreters():
    meetings = [([1, 2], {"interpreter": True}), ([3, 4], {"interpreter": True}), ([5, 6], {"online": True}), [7, 8]]
    data = make_instance(2, 8, meetings, tables=1)
    data["slots"][0]["interpreters"] = 1
    instance = parse_instance(data)
    greedy = first_come_first_served(instance)
    assert greedy.slot_of == {0: 0, 1: 1, 2: 0}  # 7-8 finds no table: both slots are taken
    assert check_schedule(instance, schedule_to_json(instance, greedy)).valid


def test_annealing_keeps_interpreter_and_table_limits():
    meetings = [([1, 2], {"interpreter": True}), ([1, 3], {"interpreter": True}), ([1, 4], {"online": True}), [2, 3]]
    data = make_instance(4, 4, meetings, tables=1)
    for slot in data["slots"]:
        slot["interpreters"] = 1
    instance = parse_instance(data)
    start = {0: 0, 1: 3, 2: 1, 3: 2}
    best = KempeSearch(instance, start, seed=3).run(0.3)
    used = [sum(1 for m, s in best.items() if s == t and not instance.meetings[m].online) for t in range(4)]
    assert max(used) <= 1
    assert sum(1 for m, s in best.items() if instance.meetings[m].interpreter and s == 0) <= 1


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: d["slots"][0].update(interpreters=-1), "interpreters must be at least 0"),
        (lambda d: d["meetings"][0].update(online="yes"), "online must be true or false"),
        (lambda d: d["meetings"][0].update(interpreter=1), "interpreter must be true or false"),
        (lambda d: d.update(allow_moves="no"), "allow_moves must be true or false"),
        (lambda d: d["meetings"][0].update(published_slot=9), "unknown slot 9"),
        (lambda d: d["meetings"][0].update(published_table=1), "published_table needs a published_slot"),
        (lambda d: d["meetings"][0].update(published_slot=1, published_table=0), "at least 1"),
        (lambda d: d["meetings"][0].update(move_cost=-2), "move_cost must be at least 0"),
        (
            lambda d: [m.update(published_slot=1, published_table=1) for m in d["meetings"]],
            "meetings 1 and 2 are both published at slot 1, table 1",
        ),
    ],
)
def test_malformed_extensions_are_rejected_clearly(change, message):
    data = make_instance(2, 4, [[1, 2], [3, 4]], tables=2)
    change(data)
    with pytest.raises(InstanceError, match=message):
        parse_instance(data)


def test_a_plain_instance_reads_as_before():
    instance = parse_instance(make_instance(2, 2, [[1, 2]]))
    assert instance.slot_interpreters == [None, None]
    assert instance.allow_moves and not instance.has_moves()
    result = schedule_to_json(instance, solve(instance, time_limit=5))
    assert (result["moved"], result["dropped"], result["total_moves"], result["lower_bound_moves"]) == ([], [], 0, 0)


def test_checker_rejects_online_and_interpreter_violations():
    meetings = [([1, 2], {"online": True}), ([3, 4], {"interpreter": True}), ([5, 6], {"interpreter": True}), [7, 8]]
    data = make_instance(1, 8, meetings, tables=2)
    data["slots"][0]["interpreters"] = 1
    instance = parse_instance(data)
    schedule = _schedule([(1, 1, 1), (2, 1, 2), (3, 1, 1), (4, 1, None)], unscheduled=[], total_weight=4)
    problems = "\n".join(check_schedule(instance, schedule).violations)
    assert "meeting 1 is online but has table 1" in problems
    assert "meeting 4: table None is not in 1..2" in problems
    assert "slot 1: 2 meetings need an interpreter, 1 free" in problems


def test_checker_accepts_a_null_table_online_and_rejects_unknown_reasons():
    instance = parse_instance(make_instance(1, 4, [([1, 2], {"online": True}), [3, 4], [1, 3]]))
    good = _schedule(
        [(1, 1, None), (2, 1, 1)], unscheduled=[3], total_weight=2, total_breaks=0,
        unscheduled_reasons=[{"meeting": 3, "reason": "participant_busy"}],
    )  # fmt: skip
    assert check_schedule(instance, good).valid
    bad = good | {"unscheduled_reasons": [{"meeting": 3, "reason": "bad luck"}]}
    assert "unknown reason 'bad luck'" in "\n".join(check_schedule(instance, bad).violations)
    missing = good | {"unscheduled_reasons": []}
    assert "unscheduled_reasons does not match" in "\n".join(check_schedule(instance, missing).violations)
