"""Property tests: on random small instances every result passes the checker, and on tiny ones
the solver's weight and breaks equal a brute-force optimum; with the extensions of issue 11
(online meetings, interpreters, re-planning) its weight, move cost and breaks do."""

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ejrc.meetings.scheduling.check import check_schedule
from ejrc.meetings.scheduling.instance import parse_instance
from ejrc.meetings.scheduling.schedule import schedule_to_json
from ejrc.meetings.scheduling.phases import solve

from .conftest import make_instance

SETTINGS = settings(
    max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@st.composite
def instances(draw, max_meetings=5, max_slots=4, max_participants=5, require_all=None, extended=False):
    """``extended``: with online meetings, interpreters and published meetings too."""
    slots = draw(st.integers(2, max_slots))
    people = draw(st.integers(2, max_participants))
    count = draw(st.integers(1, max_meetings))
    meetings = []
    for index in range(count):
        size = draw(st.sampled_from([2, 2, 2, 3])) if people >= 3 else 2
        extra = {
            "session": draw(st.sampled_from(["any", "any", "morning", "afternoon"])),
            "weight": draw(st.integers(1, 3)),
            "fixed_slot": draw(st.none() | st.none() | st.none() | st.integers(1, slots)),
            "after": draw(st.lists(st.integers(1, count), max_size=1)),
        }
        if extended:
            extra |= draw(_extensions(slots))
        meetings.append((sorted(draw(st.permutations(range(1, people + 1)))[:size]), extra))
    away = {p: draw(st.lists(st.integers(1, slots), max_size=1, unique=True)) for p in range(1, people + 1)}
    data = make_instance(
        slots,
        people,
        meetings,
        tables=draw(st.integers(1, 2)),
        away=away,
        morning_slots=draw(st.integers(1, slots)),
        require_all=draw(st.booleans()) if require_all is None else require_all,
        spread=draw(st.sampled_from([None, None, 0, 1])),
    )
    if extended:
        for slot in data["slots"]:
            slot["interpreters"] = draw(st.sampled_from([None, 0, 1, 1, 2]))
        data["allow_moves"] = draw(st.booleans())
        _drop_shared_published_tables(data)
    return data


@st.composite
def _extensions(draw, slots):
    extra = {"online": draw(st.booleans()), "interpreter": draw(st.booleans())}
    if draw(st.booleans()):
        extra["published_slot"] = draw(st.integers(1, slots))
        extra["published_table"] = draw(st.none() | st.integers(1, 3))
        extra["move_cost"] = draw(st.integers(0, 3))
    return extra


def _drop_shared_published_tables(data):
    """A valid published schedule has one meeting per table and slot."""
    seen = set()
    for row in data["meetings"]:
        if row.get("published_table") is None or row["online"]:
            continue
        key = (row["published_slot"], row["published_table"])
        if key in seen:
            row["published_table"] = None
        seen.add(key)


def brute_force(instance, with_moves=False):
    """Best (weight, breaks) over every way to place or drop each meeting, or None;
    ``with_moves``: best (weight, move cost, breaks)."""
    best = None
    for choice in itertools.product([None, *range(instance.num_slots)], repeat=len(instance.meetings)):
        if not _valid(instance, choice):
            continue
        busy = [[] for _ in instance.participant_ids]
        for m, s in enumerate(choice):
            if s is not None:
                busy_slots = instance.meetings[m].participants
                for p in busy_slots:
                    busy[p].append(s)
        breaks = [sum(1 for a, b in zip(sorted(b_), sorted(b_)[1:]) if b - a > 1) for b_ in busy]
        if instance.max_break_spread is not None and max(breaks) - min(breaks) > instance.max_break_spread:
            continue
        weight = sum(instance.meetings[m].weight for m, s in enumerate(choice) if s is not None)
        moves = sum(_move_cost(instance, m, s) for m, s in enumerate(choice)) if instance.allow_moves else 0
        if best is None or (weight, -moves, -sum(breaks)) > (best[0], -best[1], -best[2]):
            best = (weight, moves, sum(breaks))
    if best is None:
        return None
    return best if with_moves else (best[0], best[2])


def _move_cost(instance, m, s):
    """Cost of meeting ``m`` at slot ``s`` (None: dropped), written from the definition."""
    meeting = instance.meetings[m]
    if meeting.published_slot is None:
        return 0
    if s is None or s != meeting.published_slot:
        return meeting.move_cost
    table = meeting.published_table
    gone = not meeting.online and table is not None and table > instance.tables
    return meeting.move_cost if gone else 0


def _valid(instance, choice):
    seen = set()
    for m, s in enumerate(choice):
        meeting = instance.meetings[m]
        if s is None:
            if instance.require_all_meetings:
                return False
            continue
        if meeting.session not in ("any", instance.slot_sessions[s]):
            return False
        if meeting.fixed_slot is not None and meeting.fixed_slot != s:
            return False
        for p in meeting.participants:
            if s in instance.unavailable[p] or (p, s) in seen:
                return False
            seen.add((p, s))
        if any(choice[a] is not None and choice[a] >= s for a in meeting.after):
            return False
        if meeting.published_slot is not None and not instance.allow_moves and _move_cost(instance, m, s):
            return False  # (a zero move cost does not let it move)
        if meeting.published_slot is not None and not instance.allow_moves and s != meeting.published_slot:
            return False
    for s in range(instance.num_slots):
        chosen = [instance.meetings[m] for m, t in enumerate(choice) if t == s]
        if sum(1 for meeting in chosen if not meeting.online) > instance.tables:
            return False
        limit = instance.slot_interpreters[s]
        if limit is not None and sum(1 for meeting in chosen if meeting.interpreter) > limit:
            return False
    return True


@SETTINGS
@given(instances())
def test_solver_matches_brute_force_on_tiny_instances(data):
    instance = parse_instance(data)
    result = schedule_to_json(instance, solve(instance, time_limit=20))
    expected = brute_force(instance)
    if expected is None:
        assert result["status"] == "infeasible"
        assert result["assignments"] == []
    else:
        assert result["status"] == "optimal"
        assert (result["total_weight"], result["total_breaks"]) == expected
        assert result["upper_bound_weight"] == expected[0]
        assert result["lower_bound_breaks"] == expected[1]
    assert check_schedule(instance, result).valid


@settings(
    max_examples=25, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(instances(max_meetings=14, max_slots=7, max_participants=8))
def test_every_result_passes_the_checker(data):
    instance = parse_instance(data)
    result = schedule_to_json(instance, solve(instance, time_limit=20))
    check = check_schedule(instance, result)
    assert check.valid, check.violations
    if result["status"] in ("optimal", "feasible"):
        assert result["total_weight"] <= result["upper_bound_weight"]
        lower = result["lower_bound_breaks"]
        assert lower is None or lower <= result["total_breaks"]


@SETTINGS
@given(instances(max_meetings=4, max_slots=4, max_participants=5, extended=True))
def test_online_interpreters_and_replanning_match_brute_force(data):
    instance = parse_instance(data)
    result = schedule_to_json(instance, solve(instance, time_limit=20))
    expected = brute_force(instance, with_moves=True)
    check = check_schedule(instance, result)
    assert check.valid, check.violations
    if expected is None:
        assert result["status"] == "infeasible"
        return
    assert result["status"] == "optimal"
    moves = result["total_moves"] if instance.allow_moves else 0
    assert (result["total_weight"], moves, result["total_breaks"]) == expected
    assert result["upper_bound_weight"] == expected[0]
    assert result["lower_bound_breaks"] == expected[2]
    if instance.has_moves():
        assert result["lower_bound_moves"] == expected[1]


@settings(
    max_examples=20, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(instances(max_meetings=14, max_slots=7, max_participants=8, extended=True))
def test_every_extended_result_passes_the_checker(data):
    instance = parse_instance(data)
    result = schedule_to_json(instance, solve(instance, time_limit=20))
    check = check_schedule(instance, result)
    assert check.valid, check.violations
    if result["status"] in ("optimal", "feasible") and result["lower_bound_moves"] is not None:
        assert result["lower_bound_moves"] <= result["total_moves"]
