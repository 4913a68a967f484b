"""Variants of a forum, made the way the JAIR 2022 benchmark made its 180 from 20 forums.

Each variant changes one thing: a table fewer or two; unavailable participant-slots drawn at
random (3% or 7%); a few fixed meetings and precedences drawn at random; or the fairness
bound (0-3). Drawn from a seeded generator: the same forum and seed give the same variants.
A variant may be infeasible; then the solver must prove it.
"""

import copy
import random


def make_variants(data, seed=0):
    """Yield ``(suffix, instance dict)`` for every variant of instance dict ``data``."""
    rng = random.Random(seed)
    for fewer in (1, 2):
        if data["tables"] > fewer:
            yield f"tables-{fewer}", _changed(data, f"tables-{fewer}", tables=data["tables"] - fewer)
    for percent in (3, 7):
        yield f"away{percent}", _with_unavailability(data, percent / 100, rng)
    yield "fixed+after", _with_fixed_and_precedences(data, rng)
    for spread in (0, 1, 2, 3):
        yield f"d{spread}", _changed(data, f"d{spread}", max_break_spread=spread)


def _changed(data, suffix, **fields):
    variant = copy.deepcopy(data)
    variant.update(fields)
    variant["name"] = f"{data['name']}.{suffix}"
    return variant


def _with_unavailability(data, share, rng):
    variant = _changed(data, f"away{round(share * 100)}")
    slot_ids = [slot["id"] for slot in variant["slots"]]
    cells = [
        (person, s) for person in variant["participants"] for s in slot_ids if s not in person["unavailable_slots"]
    ]
    for person, s in rng.sample(cells, round(share * len(slot_ids) * len(variant["participants"]))):
        person["unavailable_slots"] = sorted({*person["unavailable_slots"], s})
    return variant


def _with_fixed_and_precedences(data, rng, share=0.03):
    """About 3% of the meetings fixed to a slot of their session, and as many precedences
    between two meetings that share a participant (the usual reason for one)."""
    variant = _changed(data, "fixed+after")
    meetings = variant["meetings"]
    count = max(1, round(share * len(meetings)))
    for meeting in rng.sample(meetings, count):
        slots = [slot["id"] for slot in variant["slots"] if meeting["session"] in ("any", slot["session"])]
        meeting["fixed_slot"] = rng.choice(slots)
    by_participant = {}
    for meeting in meetings:
        for person in meeting["participants"]:
            by_participant.setdefault(person, []).append(meeting)
    people = [person for person, mine in by_participant.items() if len(mine) >= 2]
    for _ in range(count):
        first, second = rng.sample(by_participant[rng.choice(people)], 2)
        if first["id"] not in second.get("after", []) and second["id"] not in first.get("after", []):
            second["after"] = sorted({*second.get("after", []), first["id"]})
    return variant
