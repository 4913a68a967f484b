"""The instance format ``ejrc-b2b-instance/1``: parsing and validation.

Everything downstream (solver, greedy baseline, checker) works on :class:`Instance`, which
refers to slots, participants and meetings by their *position* in the lists; the ids of the
JSON file are kept only to write results back. Parsing rejects anything malformed with
:class:`InstanceError` (one clear message), so the solver never sees a half-valid instance.
A well-formed instance may still be impossible to schedule; that is the solver's verdict.
"""

import json
from dataclasses import dataclass, field

INSTANCE_FORMAT = "ejrc-b2b-instance/1"
SESSIONS = ("morning", "afternoon")


class InstanceError(ValueError):
    """The instance (or schedule) file is malformed."""


@dataclass(frozen=True)
class Meeting:
    id: int
    participants: tuple[int, ...]  # participant indices
    session: str  # "any", "morning" or "afternoon"
    fixed_slot: int | None  # slot index
    after: tuple[int, ...]  # indices of meetings that must come earlier (if both held)
    weight: int
    online: bool = False  # held without a table (a link instead)
    interpreter: bool = False  # needs one of the slot's interpreters
    published_slot: int | None = None  # slot index where it stands in the published schedule
    published_table: int | None = None  # its table there (None: online or not given)
    move_cost: int = 1  # what moving (or dropping) it costs, once it is published

    @property
    def published(self):
        return self.published_slot is not None


@dataclass
class Instance:
    name: str
    tables: int
    slot_ids: list[int]
    slot_sessions: list[str]
    participant_ids: list[int]
    unavailable: list[frozenset[int]]  # per participant: slot indices
    meetings: list[Meeting]
    require_all_meetings: bool = False
    max_break_spread: int | None = None
    slot_interpreters: list[int | None] | None = None  # per slot; None: no limit
    allow_moves: bool = True  # may published meetings move (at a cost)?
    meetings_of: list[list[int]] = field(init=False)  # per participant: meeting indices
    successors: dict[int, list[int]] = field(init=False)  # meeting: meetings that come after it

    def __post_init__(self):
        if self.slot_interpreters is None:
            self.slot_interpreters = [None] * len(self.slot_ids)
        self.meetings_of = [[] for _ in self.participant_ids]
        self.successors = {}
        for index, meeting in enumerate(self.meetings):
            for p in meeting.participants:
                self.meetings_of[p].append(index)
            for before in meeting.after:
                self.successors.setdefault(before, []).append(index)

    def precedence_window(self, m, slot_of):
        """(earliest, latest) slot of meeting ``m`` given the meetings placed in ``slot_of``."""
        earliest = max((slot_of[a] + 1 for a in self.meetings[m].after if a in slot_of), default=0)
        latest = min(
            (slot_of[b] - 1 for b in self.successors.get(m, ()) if b in slot_of),
            default=self.num_slots - 1,
        )
        return earliest, latest

    @property
    def num_slots(self):
        return len(self.slot_ids)

    def allowed_slots(self, m, *, interpreters=True):
        """Slot indices where meeting ``m`` may take place (session, availability, fixing,
        an interpreter in the slot if it needs one (unless not ``interpreters``), its
        published slot if moves are barred)."""
        meeting = self.meetings[m]
        candidates = range(self.num_slots) if meeting.fixed_slot is None else [meeting.fixed_slot]
        if meeting.published and not self.allow_moves:
            if not self.keeps_table(m):
                return []
            candidates = [s for s in candidates if s == meeting.published_slot]
        return [
            s
            for s in candidates
            if meeting.session in ("any", self.slot_sessions[s])
            and not any(s in self.unavailable[p] for p in meeting.participants)
            and not (interpreters and meeting.interpreter and self.slot_interpreters[s] == 0)
        ]

    def uses_table(self, m):
        return not self.meetings[m].online

    def keeps_table(self, m):
        """Whether published meeting ``m`` can keep its table if it keeps its slot."""
        table = self.meetings[m].published_table
        return self.meetings[m].online or table is None or table <= self.tables

    def has_moves(self):
        """Whether moving published meetings is part of the objective."""
        return self.allow_moves and any(meeting.published for meeting in self.meetings)

    def stay_cost(self, m, s):
        """Move cost of holding meeting ``m`` in slot ``s`` (0 for unpublished meetings)."""
        meeting = self.meetings[m]
        if not meeting.published or (s == meeting.published_slot and self.keeps_table(m)):
            return 0
        return meeting.move_cost

    def published_cost(self):
        """Total move cost of the published meetings (what dropping all of them costs)."""
        return sum(meeting.move_cost for meeting in self.meetings if meeting.published)

    def why_unplaceable(self, m):
        """Why meeting ``m`` can take no slot at all (None when it has one), for organisers."""
        if self.allowed_slots(m):
            return None
        meeting = self.meetings[m]
        pinned = meeting.published and not self.allow_moves
        if pinned and not self.keeps_table(m):
            return f"published at table {meeting.published_table}, but there are {self.tables} tables now"
        if meeting.fixed_slot is not None or pinned:
            s = meeting.published_slot if pinned else meeting.fixed_slot
            where = f"published in slot {self.slot_ids[s]} (no moves)" if pinned else f"fixed to slot {self.slot_ids[s]}"
            if pinned and meeting.fixed_slot not in (None, s):
                return f"{where}, but fixed to slot {self.slot_ids[meeting.fixed_slot]}"
            if meeting.session not in ("any", self.slot_sessions[s]):
                return f"{where}, outside its session ({meeting.session})"
            away = [self.participant_ids[p] for p in meeting.participants if s in self.unavailable[p]]
            if not away:
                return f"{where}, where no interpreter is free"
            who = f"participant {away[0]} is" if len(away) == 1 else f"participants {', '.join(map(str, away))} are"
            return f"{where}, where {who} unavailable"
        if meeting.interpreter and self.allowed_slots(m, interpreters=False):
            return "needs an interpreter, and none is free in a slot where its participants are"
        return f"no slot in its session ({meeting.session}) where all its participants are available"

    def total_weight(self):
        return sum(m.weight for m in self.meetings)


def _fail(message):
    raise InstanceError(message)


def _int(value, what, minimum=None):
    if not isinstance(value, int) or isinstance(value, bool):
        _fail(f"{what} must be an integer, not {json.dumps(value)}")
    if minimum is not None and value < minimum:
        _fail(f"{what} must be at least {minimum}, not {value}")
    return value


def _list(value, what):
    if not isinstance(value, list):
        _fail(f"{what} must be a list")
    return value


def _object(value, what):
    if not isinstance(value, dict):
        _fail(f"{what} must be a JSON object")
    return value


def _index_ids(items, what):
    index = {}
    for position, item in enumerate(items):
        _object(item, f"{what} #{position + 1}")
        if "id" not in item:
            _fail(f"{what} #{position + 1} has no id")
        item_id = _int(item["id"], f"{what} id")
        if item_id in index:
            _fail(f"duplicate {what} id {item_id}")
        index[item_id] = position
    return index


def _lookup(index, item_id, what, owner):
    if isinstance(item_id, bool) or not isinstance(item_id, int) or item_id not in index:
        _fail(f"{owner} refers to unknown {what} {json.dumps(item_id)}")
    return index[item_id]


def parse_instance(data):
    """Build an :class:`Instance` from decoded JSON, or raise :class:`InstanceError`."""
    _object(data, "the instance")
    if data.get("format") != INSTANCE_FORMAT:
        _fail(f"format must be {INSTANCE_FORMAT!r}, not {json.dumps(data.get('format'))}")
    name = data.get("name", "")
    if not isinstance(name, str):
        _fail("name must be a string")
    tables = _int(data.get("tables"), "tables", minimum=1)

    slots = _list(data.get("slots"), "slots")
    slot_index = _index_ids(slots, "slot")
    sessions = []
    for slot in slots:
        if slot.get("session") not in SESSIONS:
            _fail(f"slot {slot['id']}: session must be 'morning' or 'afternoon'")
        for key in ("start", "end"):
            if slot.get(key) is not None and not isinstance(slot[key], str):
                _fail(f"slot {slot['id']}: {key} must be an ISO 8601 string or null")
        sessions.append(slot["session"])
        if slot.get("interpreters") is not None:
            _int(slot["interpreters"], f"slot {slot['id']}: interpreters", minimum=0)

    participants = _list(data.get("participants"), "participants")
    participant_index = _index_ids(participants, "participant")
    unavailable = []
    for person in participants:
        owner = f"participant {person['id']}"
        slot_list = _list(person.get("unavailable_slots", []), f"{owner}: unavailable_slots")
        unavailable.append(frozenset(_lookup(slot_index, s, "slot", owner) for s in slot_list))

    raw_meetings = _list(data.get("meetings"), "meetings")
    meeting_index = _index_ids(raw_meetings, "meeting")
    meetings = [
        _parse_meeting(raw, slot_index, participant_index, meeting_index) for raw in raw_meetings
    ]

    require_all = data.get("require_all_meetings", False)
    if not isinstance(require_all, bool):
        _fail("require_all_meetings must be true or false")
    spread = data.get("max_break_spread")
    if spread is not None:
        _int(spread, "max_break_spread", minimum=0)
    allow_moves = data.get("allow_moves", True)
    if not isinstance(allow_moves, bool):
        _fail("allow_moves must be true or false")
    _check_published_tables(meetings, raw_meetings, slots)
    return Instance(
        name=name,
        tables=tables,
        slot_ids=[slot["id"] for slot in slots],
        slot_sessions=sessions,
        participant_ids=[person["id"] for person in participants],
        unavailable=unavailable,
        meetings=meetings,
        require_all_meetings=require_all,
        max_break_spread=spread,
        slot_interpreters=[slot.get("interpreters") for slot in slots],
        allow_moves=allow_moves,
    )


def _check_published_tables(meetings, raw_meetings, slots):
    """Two published meetings at one table of one slot: the published schedule is corrupt."""
    seen = {}
    for meeting in meetings:
        if meeting.online or meeting.published_table is None:
            continue
        key = (meeting.published_slot, meeting.published_table)
        if key in seen:
            slot_id = slots[meeting.published_slot]["id"]
            _fail(
                f"meetings {seen[key]} and {meeting.id} are both published at slot {slot_id}, "
                f"table {meeting.published_table}"
            )
        seen[key] = meeting.id


def _parse_meeting(raw, slot_index, participant_index, meeting_index):
    owner = f"meeting {raw['id']}"
    people = _list(raw.get("participants"), f"{owner}: participants")
    if len(people) not in (2, 3):
        _fail(f"{owner} must have 2 or 3 participants, not {len(people)}")
    indices = tuple(_lookup(participant_index, p, "participant", owner) for p in people)
    if len(set(indices)) != len(indices):
        _fail(f"{owner} lists the same participant more than once")
    session = raw.get("session", "any")
    if session not in ("any", *SESSIONS):
        _fail(f"{owner}: session must be 'any', 'morning' or 'afternoon'")
    fixed = raw.get("fixed_slot")
    fixed = None if fixed is None else _lookup(slot_index, fixed, "slot", owner)
    after = _list(raw.get("after", []), f"{owner}: after")
    after = tuple(sorted({_lookup(meeting_index, a, "meeting", owner) for a in after}))
    weight = _int(raw.get("weight", 1), f"{owner}: weight", minimum=0)
    flags = {key: _bool(raw.get(key, False), f"{owner}: {key}") for key in ("online", "interpreter")}
    published = raw.get("published_slot")
    published = None if published is None else _lookup(slot_index, published, "slot", owner)
    table = raw.get("published_table")
    if table is not None:
        _int(table, f"{owner}: published_table", minimum=1)
        if published is None:
            _fail(f"{owner}: published_table needs a published_slot")
    move_cost = _int(raw.get("move_cost", 1), f"{owner}: move_cost", minimum=0)
    return Meeting(
        raw["id"], indices, session, fixed, after, weight, **flags,
        published_slot=published, published_table=table, move_cost=move_cost,
    )  # fmt: skip


def _bool(value, what):
    if not isinstance(value, bool):
        _fail(f"{what} must be true or false")
    return value


def load_instance(path):
    """Read and parse an instance file; any defect becomes an :class:`InstanceError`."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except OSError as error:
        raise InstanceError(f"cannot read {path}: {error.strerror}") from error
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise InstanceError(f"{path} is not valid JSON: {error}") from error
    return parse_instance(data)
