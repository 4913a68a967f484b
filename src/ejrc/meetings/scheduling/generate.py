"""Deterministic generator of real-event-sized instances (for the benchmark and tests).

The shape follows a large partnering event: every participant sends about ten requests,
popularity is skewed (a few participants are wanted by many, so they are oversubscribed),
tables are short (table-slots cover only part of the requests), some participants are away
for a few slots, some requests are restricted to a session, a share are weighted "must meet"
requests and a few are trilateral meetings.
"""

import itertools
import random

from .instance import INSTANCE_FORMAT


def generate_dense_instance(participants, seed=0):
    """An event as dense as the hardest kept-back one: about 19 requests per participant,
    weights 1-3, 24 slots and tables for about half the requests."""
    data = generate_instance(
        participants, seed=seed, slots=24, requests_per_participant=19, table_cover=0.505, weights=(1, 2, 3)
    )
    data["name"] = f"dense-{participants}p-seed{seed}"
    return data


def generate_instance(
    participants,
    seed=0,
    slots=None,
    requests_per_participant=10,
    table_cover=0.85,
    must_meet_share=0.1,
    must_meet_weight=3,
    trilateral_share=0.03,
    away_share=0.2,
    weights=None,
):
    """Return an instance dict (``ejrc-b2b-instance/1``); the same arguments give the same file.

    ``table_cover`` is table-slots per requested meeting: below 1 the event is oversubscribed.
    ``weights``: if given, each request's weight is drawn from it (instead of "must meet").
    """
    rng = random.Random(seed)
    num_slots = slots or rng.randint(16, 24)
    morning = (num_slots + 1) // 2
    num_meetings = participants * requests_per_participant // 2
    tables = max(1, round(table_cover * num_meetings / num_slots))
    popularity = list(itertools.accumulate(rng.paretovariate(1.5) for _ in range(participants)))
    people = list(range(participants))

    slot_rows = [
        {"id": s + 1, "session": "morning" if s < morning else "afternoon", "start": None, "end": None}
        for s in range(num_slots)
    ]
    participant_rows = []
    for p in people:
        away = []
        if rng.random() < away_share:
            away = sorted(rng.sample(range(1, num_slots + 1), rng.randint(1, 3)))
        participant_rows.append({"id": p + 1, "unavailable_slots": away})

    seen = set()
    meeting_rows = []
    while len(meeting_rows) < num_meetings:
        size = 3 if rng.random() < trilateral_share else 2
        group = {rng.randrange(participants)}
        while len(group) < size:
            group.add(rng.choices(people, cum_weights=popularity)[0])
        key = frozenset(group)
        if key in seen:
            continue
        seen.add(key)
        roll = rng.random()
        session = "morning" if roll < 0.15 else "afternoon" if roll < 0.3 else "any"
        if weights:
            weight = rng.choice(weights)
        else:
            weight = must_meet_weight if rng.random() < must_meet_share else 1
        meeting_rows.append(
            {
                "id": len(meeting_rows) + 1,
                "participants": sorted(p + 1 for p in group),
                "session": session,
                "fixed_slot": None,
                "after": [],
                "weight": weight,
            }
        )
    return {
        "format": INSTANCE_FORMAT,
        "name": f"generated-{participants}p-seed{seed}",
        "tables": tables,
        "slots": slot_rows,
        "participants": participant_rows,
        "meetings": meeting_rows,
        "require_all_meetings": False,
        "max_break_spread": None,
    }
