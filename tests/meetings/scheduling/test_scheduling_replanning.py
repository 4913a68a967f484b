"""Re-planning after publishing (issue 11): published meetings stay where they are unless
moving them lets more weight be held, the fewest moves are proved, ``allow_moves`` false pins
them, and the checker recomputes what moved."""

import copy
import functools
import json

from ejrc.meetings.scheduling import check_schedule, parse_instance, schedule_to_json, solve
from ejrc.meetings.scheduling.generate import generate_instance
from ejrc.meetings.scheduling.late_changes import apply_late_changes, publish
from ejrc.meetings.scheduling.moves import forced_moves

from .conftest import make_instance


def _solve(data, seconds=10):
    instance = parse_instance(data)
    result = schedule_to_json(instance, solve(instance, time_limit=seconds))
    check = check_schedule(instance, result)
    assert check.valid, check.violations
    return result


@functools.cache
def _event_and_schedule():
    data = generate_instance(24, seed=3)
    return data, _solve(data, seconds=5)


def _published_event():
    data, schedule = _event_and_schedule()
    return copy.deepcopy(data), publish(data, schedule)


def test_nothing_changed_keeps_every_published_meeting_in_place():
    data, published = _published_event()
    first = _event_and_schedule()[1]
    again = _solve(published, seconds=5)
    assert (again["moved"], again["dropped"], again["total_moves"], again["lower_bound_moves"]) == ([], [], 0, 0)
    # (Under load the first solve may not reach the best weight; the re-plan may add to it,
    # without moving anything.)
    assert again["total_weight"] >= first["total_weight"]
    places = lambda result: {(row["meeting"], row["slot"], row["table"]) for row in result["assignments"]}  # noqa: E731
    assert places(published_as_schedule(published)) <= places(again)


def published_as_schedule(data):
    rows = [m for m in data["meetings"] if m.get("published_slot") is not None]
    return {"assignments": [{"meeting": m["id"], "slot": m["published_slot"], "table": m["published_table"]} for m in rows]}


def test_new_unavailability_moves_the_proven_minimum():
    data, published = _published_event()
    changed, counts = apply_late_changes(published, share=0.05, seed=1)
    assert counts["newly_unavailable"] >= 1
    result = _solve(changed, seconds=10)
    assert result["total_weight"] == result["upper_bound_weight"]
    assert result["total_moves"] == result["lower_bound_moves"]
    assert result["lower_bound_moves"] >= forced_moves(parse_instance(changed))
    moved_ids = {row["meeting"] for row in result["moved"] + result["dropped"]}
    # Only meetings with a reason move: each newly unavailable one must, others only to fit.
    reasons = {row["reason"] for row in result["moved"] + result["dropped"]}
    assert reasons <= {"participant_unavailable", "to_fit_new_meetings"}
    assert len(moved_ids) < len(result["assignments"]) // 4


def test_the_only_affected_meeting_moves_and_its_reason_is_given():
    # Published: 1-2 in slot 1 (table 1), 3-4 in slot 1 (table 2), 1-3 in slot 2 (table 1).
    # Participant 2 becomes unavailable in slot 1: meeting 1 must move; slot 3 is free for it.
    rows = [
        ([1, 2], {"published_slot": 1, "published_table": 1}),
        ([3, 4], {"published_slot": 1, "published_table": 2}),
        ([1, 3], {"published_slot": 2, "published_table": 1}),
    ]
    data = make_instance(3, 4, rows, tables=2, away={2: [1]})
    result = _solve(data)
    assert result["moved"] == [
        {"meeting": 1, "from_slot": 1, "from_table": 1, "to_slot": 3, "to_table": result["moved"][0]["to_table"],
         "reason": "participant_unavailable"}
    ]  # fmt: skip
    assert (result["total_moves"], result["lower_bound_moves"], result["status"]) == (1, 1, "optimal")
    tables = {row["meeting"]: row["table"] for row in result["assignments"]}
    assert (tables[2], tables[3]) == (2, 1)  # the others keep their tables


def test_moves_come_before_breaks():
    # Moving published 1-2 from slot 1 to slot 2 would close participant 1's break
    # (1-3 is in slot 3), but breaks count only after moves: nothing moves.
    rows = [([1, 2], {"published_slot": 1, "published_table": 1}), ([1, 3], {"published_slot": 3, "published_table": 1})]
    result = _solve(make_instance(3, 3, rows))
    assert (result["total_moves"], result["total_breaks"], result["status"]) == (0, 1, "optimal")


def test_a_new_heavy_request_moves_a_published_meeting_to_fit():
    # 1-2 published in slot 1; a new must-meet request 1-3 can only be held in slot 1 (3 is away
    # in slot 2): 1-2 moves to slot 2, the cheapest way to hold both.
    rows = [([1, 2], {"published_slot": 1, "published_table": 1}), ([1, 3], {"weight": 3})]
    result = _solve(make_instance(2, 3, rows, away={3: [2]}))
    assert [(row["meeting"], row["to_slot"], row["reason"]) for row in result["moved"]] == [(1, 2, "to_fit_new_meetings")]


def test_move_costs_decide_which_published_meeting_moves():
    # Two published meetings of participant 1, both in slot 1 (after a manual edit): one must
    # move; the cheaper one does.
    rows = [
        ([1, 2], {"published_slot": 1, "published_table": 1, "move_cost": 5}),
        ([1, 3], {"published_slot": 1, "published_table": 2, "move_cost": 2}),
    ]
    result = _solve(make_instance(2, 3, rows, tables=2))
    assert [(row["meeting"], row["reason"]) for row in result["moved"]] == [(2, "participant_conflict")]
    assert result["total_moves"] == result["lower_bound_moves"] == 2


def test_a_vanished_table_moves_the_meeting_within_its_slot():
    rows = [([1, 2], {"published_slot": 1, "published_table": 3}), ([3, 4], {"published_slot": 1, "published_table": 1})]
    result = _solve(make_instance(1, 4, rows, tables=2))
    assert [(r["meeting"], r["to_slot"], r["to_table"], r["reason"]) for r in result["moved"]] == [(1, 1, 2, "table_capacity")]


def test_allow_moves_false_pins_published_meetings_and_drops_the_impossible_one():
    rows = [
        ([1, 2], {"published_slot": 1, "published_table": 1}),
        ([3, 4], {"published_slot": 1, "published_table": 2}),
        ([1, 3], {"weight": 3}),
    ]
    data = make_instance(3, 4, rows, tables=2, away={2: [1]}) | {"allow_moves": False}
    result = _solve(data)
    assert result["moved"] == []
    assert result["dropped"] == [{"meeting": 1, "from_slot": 1, "from_table": 1, "reason": "participant_unavailable"}]
    assert {"meeting": 1, "reason": "participant_unavailable"} in result["unscheduled_reasons"]
    assert {(r["meeting"], r["slot"], r["table"]) for r in result["assignments"]} >= {(2, 1, 2)}


def test_allow_moves_false_with_every_meeting_required_is_infeasible_when_one_cannot_stay():
    rows = [([1, 2], {"published_slot": 1, "published_table": 1})]
    data = make_instance(2, 2, rows, away={2: [1]}, require_all=True) | {"allow_moves": False}
    assert _solve(data)["status"] == "infeasible"
    data["allow_moves"] = True
    assert _solve(data)["moved"][0]["to_slot"] == 2


def test_checker_recomputes_moves_and_rejects_a_false_account():
    rows = [([1, 2], {"published_slot": 1, "published_table": 1}), ([3, 4], {"published_slot": 2, "published_table": 1})]
    instance = parse_instance(make_instance(2, 4, rows, tables=2))
    honest = {
        "format": "ejrc-b2b-schedule/1", "instance": "test", "status": "feasible",
        "assignments": [{"meeting": 1, "slot": 2, "table": 2}, {"meeting": 2, "slot": 2, "table": 1}],
        "unscheduled": [], "total_weight": 2, "total_breaks": 0,
        "moved": [{"meeting": 1, "from_slot": 1, "from_table": 1, "to_slot": 2, "to_table": 2,
                   "reason": "to_fit_new_meetings"}],
        "dropped": [], "total_moves": 1, "lower_bound_moves": 1,
    }  # fmt: skip
    assert check_schedule(instance, honest).valid
    for lie, message in [
        ({"moved": []}, "moved says []"),
        ({"total_moves": 0}, "total_moves says 0, recomputed 1"),
        ({"lower_bound_moves": 2}, "lower_bound_moves 2 is above the move cost 1"),
        ({"dropped": [{"meeting": 2, "from_slot": 2, "from_table": 1, "reason": "no_room"}]}, "dropped says ['2']"),
    ]:
        problems = "\n".join(check_schedule(instance, json.loads(json.dumps(honest | lie))).violations)
        assert message in problems, problems
    # Staying in slot 2 but leaving table 1 is a violation of its own.
    stays = honest | {"assignments": [{"meeting": 1, "slot": 1, "table": 1}, {"meeting": 2, "slot": 2, "table": 2}]}
    assert "meeting 2 stays in slot 2 but leaves its table 1" in "\n".join(check_schedule(instance, stays).violations)


def test_checker_rejects_a_move_when_moves_are_not_allowed():
    rows = [([1, 2], {"published_slot": 1, "published_table": 1})]
    instance = parse_instance(make_instance(2, 2, rows) | {"allow_moves": False})
    moved = {
        "format": "ejrc-b2b-schedule/1", "instance": "test", "status": "feasible",
        "assignments": [{"meeting": 1, "slot": 2, "table": 1}], "unscheduled": [], "total_weight": 1, "total_breaks": 0,
    }  # fmt: skip
    assert "meeting 1 moved from slot 1, and moves are not allowed" in check_schedule(instance, moved).violations


def test_large_path_replans_with_a_forced_moves_bound():
    data = generate_instance(130, seed=2)  # over 600 meetings: the large-instance path
    instance = parse_instance(data)
    assert len(instance.meetings) > 600
    published = publish(data, schedule_to_json(instance, solve(instance, time_limit=5)))
    changed, _ = apply_late_changes(published, share=0.05, seed=4)
    result = _solve(changed, seconds=5)
    assert result["lower_bound_moves"] == forced_moves(parse_instance(changed)) > 0
    assert result["lower_bound_moves"] <= result["total_moves"]
