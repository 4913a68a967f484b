"""Re-planning scenarios for the tests and the benchmark: publish a schedule into its
instance, then apply late changes (cancellations, new requests, new unavailability).

Both work on instance dicts (the JSON form), as the web application would build them.
"""

import copy
import random


def publish(data, schedule):
    """A copy of instance ``data`` where every meeting held in ``schedule`` (schedule JSON)
    carries its ``published_slot`` and ``published_table``."""
    published = copy.deepcopy(data)
    placed = {row["meeting"]: row for row in schedule["assignments"]}
    for meeting in published["meetings"]:
        row = placed.get(meeting["id"])
        if row is not None:
            meeting["published_slot"] = row["slot"]
            meeting["published_table"] = row["table"]
    return published


def apply_late_changes(data, share=0.05, seed=0):
    """A copy of published instance ``data`` with about ``share`` of its meetings changed,
    in three equal parts: published meetings cancelled (removed), new requests between
    participants who have none yet, and participants newly unavailable in a slot where they
    have a published meeting. Returns ``(instance dict, counts of each change)``."""
    rng = random.Random(seed)
    changed = copy.deepcopy(data)
    meetings = changed["meetings"]
    count = max(1, round(len(meetings) * share / 3))
    published = [m for m in meetings if m.get("published_slot") is not None]
    cancelled = {m["id"] for m in rng.sample(published, min(count, len(published)))}
    changed["meetings"] = meetings = [m for m in meetings if m["id"] not in cancelled]
    for m in meetings:  # a cancelled meeting is no longer anyone's predecessor
        m["after"] = [a for a in m.get("after", []) if a not in cancelled]

    people = [p["id"] for p in changed["participants"]]
    pairs = {frozenset(m["participants"]) for m in meetings}
    next_id = max((m["id"] for m in meetings), default=0) + 1
    added = 0
    while added < count and len(people) >= 2:
        pair = frozenset(rng.sample(people, 2))
        if pair in pairs:
            continue
        pairs.add(pair)
        meetings.append({"id": next_id, "participants": sorted(pair), "session": "any", "weight": 1})
        next_id += 1
        added += 1

    by_id = {p["id"]: p for p in changed["participants"]}
    still = [m for m in meetings if m.get("published_slot") is not None]
    away = 0
    for m in rng.sample(still, min(count, len(still))):
        person = by_id[rng.choice(m["participants"])]
        slots = person.setdefault("unavailable_slots", [])
        if m["published_slot"] not in slots:
            slots.append(m["published_slot"])
            away += 1
    return changed, {"cancelled": len(cancelled), "new_requests": added, "newly_unavailable": away}
