"""Helpers for the scheduler tests: instances written as plain dicts, the way files hold them."""

from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[4] / "shared" / "b2b" / "examples"


@pytest.fixture
def examples_dir():
    if not EXAMPLES.is_dir():
        pytest.skip(f"example instances not found at {EXAMPLES}")
    return EXAMPLES


def make_instance(slots, participants, meetings, tables=1, away=None, morning_slots=None, **options):
    """A small instance dict with participants 1..``participants`` and slots 1..``slots``.

    ``meetings`` are participant lists, or (participant list, extra fields) pairs.
    ``morning_slots``: how many slots are in the morning (default all).
    """
    morning_slots = slots if morning_slots is None else morning_slots
    away = away or {}
    rows = []
    for index, meeting in enumerate(meetings, start=1):
        people, extra = (meeting, {}) if isinstance(meeting, list) else meeting
        row = {"id": index, "participants": people, "session": "any", "fixed_slot": None}
        rows.append(row | {"after": [], "weight": 1} | extra)
    return {
        "format": "ejrc-b2b-instance/1",
        "name": "test",
        "tables": tables,
        "slots": [
            {"id": s, "session": "morning" if s <= morning_slots else "afternoon"}
            for s in range(1, slots + 1)
        ],
        "participants": [
            {"id": p, "unavailable_slots": away.get(p, [])} for p in range(1, participants + 1)
        ],
        "meetings": rows,
        "require_all_meetings": options.get("require_all", False),
        "max_break_spread": options.get("spread"),
    }
