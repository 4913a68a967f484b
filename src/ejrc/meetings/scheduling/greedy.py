"""First come, first served: what self-service booking amounts to.

Requests are taken in the order of the instance; each goes into the earliest slot where it is
allowed, all its participants are free and a table is free, and it is dropped when there is
none. Fixed meetings are booked first, at their slot, then published meetings, in their
published slot if they can still take it. Online meetings take no table; a meeting that needs
an interpreter takes one of its slot's. Precedences are respected against meetings already
booked. Breaks and fairness are not considered at all, which is the point
of the baseline; the result is also a valid start for the solver when it keeps the fairness
bound.
"""

from .schedule import Schedule, Status
from .tables import assign_tables


def greedy_schedule(instance, order=None):
    """Return ``{meeting index: slot index}`` booked first come, first served."""
    order = range(len(instance.meetings)) if order is None else order
    meetings = instance.meetings
    first = sorted(order, key=lambda m: (meetings[m].fixed_slot is None, not meetings[m].published))
    busy = [set() for _ in instance.participant_ids]
    slots = SlotUse(instance)
    slot_of = {}
    for m in first:
        meeting = meetings[m]
        earliest, latest = instance.precedence_window(m, slot_of)
        for s in sorted(instance.allowed_slots(m), key=lambda s: s != meeting.published_slot):
            free = slots.fits(m, s) and all(s not in busy[p] for p in meeting.participants)
            if earliest <= s <= latest and free:
                slot_of[m] = s
                slots.add(m, s)
                for p in meeting.participants:
                    busy[p].add(s)
                break
    return slot_of


class SlotUse:
    """Tables and interpreters taken per slot (online meetings take no table)."""

    def __init__(self, instance):
        self.instance = instance
        self.tables = [0] * instance.num_slots
        self.interpreters = [0] * instance.num_slots

    def fits(self, m, s):
        instance = self.instance
        if instance.uses_table(m) and self.tables[s] >= instance.tables:
            return False
        limit = instance.slot_interpreters[s]
        return not (instance.meetings[m].interpreter and limit is not None and self.interpreters[s] >= limit)

    def add(self, m, s, sign=1):
        self.tables[s] += sign * self.instance.uses_table(m)
        self.interpreters[s] += sign * self.instance.meetings[m].interpreter


def first_come_first_served(instance):
    """The baseline as a :class:`Schedule`, tables numbered as ``assign_tables`` does
    (published meetings keep theirs)."""
    slot_of = greedy_schedule(instance)
    return Schedule(status=Status.FEASIBLE, slot_of=slot_of, table_of=assign_tables(instance, slot_of))
