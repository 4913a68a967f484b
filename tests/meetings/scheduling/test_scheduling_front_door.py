"""The package's front door, the time budget, the portfolio, bounds at scale and variants."""

import json
import time

from ortools.sat.python import cp_model

import ejrc.meetings.scheduling as scheduling
from ejrc.meetings.scheduling.bounds import aggregated_bound
from ejrc.meetings.scheduling.budget import TimeBudget
from ejrc.meetings.scheduling.generate import generate_dense_instance
from ejrc.meetings.scheduling.greedy import greedy_schedule
from ejrc.meetings.scheduling.portfolio import METHODS, race_break_methods
from ejrc.meetings.scheduling.schedule import held_weight
from ejrc.meetings.scheduling.slot_model import SlotModel
from ejrc.meetings.scheduling.variants import make_variants

from .conftest import make_instance


def test_callers_need_only_the_package():
    data = make_instance(3, 3, [[1, 2], [2, 3]], require_all=True)

    instance = scheduling.parse_instance(data)
    schedule = scheduling.solve(instance, time_limit=10)
    result = scheduling.schedule_to_json(instance, schedule)

    assert schedule.status is scheduling.Status.OPTIMAL
    assert json.loads(json.dumps(result))["status"] == "optimal"
    assert scheduling.check_schedule(instance, result).valid


def test_time_budget_shares_what_is_left():
    budget = TimeBudget(10, margin=1)

    assert 8.5 < budget.share(1.0) <= 9
    assert 4 < budget.share(0.5) <= 4.5
    assert budget.share(0.5, at_most=2) == 2
    assert budget.point(0.7) == budget.started + 7


def _break_model(instance):
    model = SlotModel(instance)
    model.model.minimize(model.total_breaks)
    return model


def test_maxsat_alone_settles_the_race_with_its_optimum():
    # Participant 1 meets 2 and 3, but 2 is away in slot 2: one of them must wait.
    data = make_instance(3, 3, [[1, 2], [1, 3], [2, 3]], away={1: [2]}, require_all=True)
    instance = scheduling.parse_instance(data)

    outcome = race_break_methods(instance, _break_model(instance), seconds=20, workers=1, seed=0, methods=("maxsat",))

    assert (outcome.status, outcome.winner, outcome.lower) == (cp_model.OPTIMAL, "maxsat", 1)
    assert sorted(outcome.slot_of) == [0, 1, 2]


def test_the_race_stays_within_its_time(examples_dir):
    instance = scheduling.load_instance(examples_dir / "forum-13crafc.original.d2.json")
    model = _break_model(instance)
    started = time.monotonic()

    outcome = race_break_methods(instance, model, seconds=1.0, workers=2, seed=0, methods=METHODS)

    assert time.monotonic() - started < 3.0
    assert outcome.winner is None
    assert outcome.status in (cp_model.FEASIBLE, cp_model.UNKNOWN)


def test_a_dense_event_gets_a_real_weight_bound_even_without_time():
    instance = scheduling.parse_instance(generate_dense_instance(300, seed=1))
    held = held_weight(instance, greedy_schedule(instance))

    upper, _ = aggregated_bound(instance, seconds=0.0)

    assert held <= upper < instance.total_weight() * 0.8


def test_variants_change_one_thing_each(examples_dir):
    data = json.loads((examples_dir / "tic-12.original.d2.json").read_text())
    cells = len(data["slots"]) * len(data["participants"])
    away = sum(len(p["unavailable_slots"]) for p in data["participants"])

    variants = dict(make_variants(data, seed=1))

    assert list(variants) == ["tables-1", "tables-2", "away3", "away7", "fixed+after", "d0", "d1", "d2", "d3"]
    assert variants["tables-2"]["tables"] == data["tables"] - 2
    added = sum(len(p["unavailable_slots"]) for p in variants["away7"]["participants"]) - away
    assert added == round(0.07 * cells)
    assert any(m["fixed_slot"] for m in variants["fixed+after"]["meetings"])
    assert any(m["after"] for m in variants["fixed+after"]["meetings"])
    assert variants["d0"]["max_break_spread"] == 0
    for variant in variants.values():
        scheduling.parse_instance(variant)  # well-formed
