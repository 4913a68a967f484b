"""First come, first served: what self-service booking amounts to.

Requests are taken in the order of the instance; each goes into the earliest slot where it is
allowed, all its participants are free and a table is free, and it is dropped when there is
none. Fixed meetings are booked first, at their slot. Precedences are respected against
meetings already booked. Breaks and fairness are not considered at all, which is the point
of the baseline; the result is also a valid start for the solver when it keeps the fairness
bound.
"""

from .schedule import Schedule, Status


def greedy_schedule(instance, order=None):
    """Return ``{meeting index: slot index}`` booked first come, first served."""
    order = range(len(instance.meetings)) if order is None else order
    fixed_first = sorted(order, key=lambda m: instance.meetings[m].fixed_slot is None)
    busy = [set() for _ in instance.participant_ids]
    used = [0] * instance.num_slots
    slot_of = {}
    for m in fixed_first:
        meeting = instance.meetings[m]
        earliest, latest = instance.precedence_window(m, slot_of)
        for s in instance.allowed_slots(m):
            free = used[s] < instance.tables and all(s not in busy[p] for p in meeting.participants)
            if earliest <= s <= latest and free:
                slot_of[m] = s
                used[s] += 1
                for p in meeting.participants:
                    busy[p].add(s)
                break
    return slot_of


def first_come_first_served(instance):
    """The baseline as a :class:`Schedule`, tables numbered in booking order."""
    slot_of = greedy_schedule(instance)
    next_table = [1] * instance.num_slots
    table_of = {}
    for m, s in slot_of.items():
        table_of[m] = next_table[s]
        next_table[s] += 1
    return Schedule(status=Status.FEASIBLE, slot_of=slot_of, table_of=table_of)
