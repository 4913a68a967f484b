"""Why a published meeting moved or was dropped, and why a meeting was left out.

Each reason is a short code that a program maps to a message in the reader's language (the
web application translates them); ``REASONS`` gives the English meaning of each. The codes
are derived from the instance and the schedule alone, so the checker can recompute them.
"""

REASONS = {
    "participant_unavailable": "a participant is unavailable in that slot",
    "outside_session": "the slot is outside the meeting's session",
    "fixed_elsewhere": "the meeting is now fixed to another slot",
    "interpreter_capacity": "no interpreter is free in that slot",
    "table_capacity": "no table is free in that slot (or its table no longer exists)",
    "participant_conflict": "a participant has another published meeting in that slot",
    "precedence": "it must come after (or before) another published meeting",
    "to_fit_new_meetings": "moved (or left out) so that more meetings could be held",
    "no_common_slot": "its participants are never available together in its session",
    "participant_busy": "its participants have other meetings in every slot it could take",
    "no_room": "every slot it could take is full (tables, interpreters or participants)",
    "fairness": "holding it would break the fairness bound on breaks",
    "not_placed": "a slot was free, but the solver did not place it (time limit or no gain)",
    "no_schedule": "no schedule was found (the status says why: infeasible or unknown)",
}


def slot_obstacle(instance, m, s):
    """What forbids meeting ``m`` in slot ``s`` whatever else is held (a code), or None."""
    meeting = instance.meetings[m]
    if meeting.fixed_slot is not None and meeting.fixed_slot != s:
        return "fixed_elsewhere"
    if meeting.session not in ("any", instance.slot_sessions[s]):
        return "outside_session"
    if any(s in instance.unavailable[p] for p in meeting.participants):
        return "participant_unavailable"
    if meeting.interpreter and instance.slot_interpreters[s] == 0:
        return "interpreter_capacity"
    return None


class Explainer:
    """Reason codes for one instance and one schedule ``slot_of`` ({meeting: slot});
    indexes are built once, so explaining every meeting of a large event stays cheap."""

    def __init__(self, instance, slot_of):
        self.instance = instance
        self.slot_of = slot_of
        self.published_in = [[] for _ in range(instance.num_slots)]
        for k, meeting in enumerate(instance.meetings):
            if meeting.published:
                self.published_in[meeting.published_slot].append(k)
        self.busy = {(p, s) for k, s in slot_of.items() for p in instance.meetings[k].participants}
        self.tables_used = [0] * instance.num_slots
        self.interpreters_used = [0] * instance.num_slots
        for k, s in slot_of.items():
            self.tables_used[s] += instance.uses_table(k)
            self.interpreters_used[s] += instance.meetings[k].interpreter

    def published_conflict(self, m):
        """What keeps published meeting ``m`` from its published place, given the instance
        and the other published places alone (a code), or None when nothing does."""
        instance = self.instance
        meeting = instance.meetings[m]
        s = meeting.published_slot
        code = slot_obstacle(instance, m, s)
        if code:
            return code
        if not instance.keeps_table(m):
            return "table_capacity"
        there = self.published_in[s]
        people = set(meeting.participants)
        if any(k != m and people & set(instance.meetings[k].participants) for k in there):
            return "participant_conflict"
        if instance.uses_table(m) and sum(1 for k in there if instance.uses_table(k)) > instance.tables:
            return "table_capacity"
        limit = instance.slot_interpreters[s]
        if meeting.interpreter and limit is not None and sum(instance.meetings[k].interpreter for k in there) > limit:
            return "interpreter_capacity"
        for a in meeting.after:
            if instance.meetings[a].published and instance.meetings[a].published_slot >= s:
                return "precedence"
        for b in instance.successors.get(m, ()):
            if instance.meetings[b].published and instance.meetings[b].published_slot <= s:
                return "precedence"
        return None

    def move_reason(self, m):
        """Why published meeting ``m`` left its place (moved or dropped)."""
        return self.published_conflict(m) or "to_fit_new_meetings"

    def unscheduled_reason(self, m):
        """Why meeting ``m`` is not held."""
        instance = self.instance
        meeting = instance.meetings[m]
        if meeting.published and instance.allow_moves:
            return self.move_reason(m)
        slots = instance.allowed_slots(m)
        if not slots:
            if meeting.published:
                return self.published_conflict(m) or "table_capacity"
            if meeting.fixed_slot is not None:
                return slot_obstacle(instance, m, meeting.fixed_slot) or "interpreter_capacity"
            if meeting.interpreter and instance.allowed_slots(m, interpreters=False):
                return "interpreter_capacity"
            return "no_common_slot"
        blockers = {self._blocker(m, s) for s in slots}
        if None in blockers:
            return "fairness" if instance.max_break_spread is not None else "not_placed"
        return blockers.pop() if len(blockers) == 1 else "no_room"

    def _blocker(self, m, s):
        """What stops meeting ``m`` from joining slot ``s`` of the schedule now."""
        instance = self.instance
        meeting = instance.meetings[m]
        if any((p, s) in self.busy for p in meeting.participants):
            return "participant_busy"
        if instance.uses_table(m) and self.tables_used[s] >= instance.tables:
            return "table_capacity"
        limit = instance.slot_interpreters[s]
        if meeting.interpreter and limit is not None and self.interpreters_used[s] >= limit:
            return "interpreter_capacity"
        earliest, latest = instance.precedence_window(m, self.slot_of)
        if not earliest <= s <= latest:
            return "precedence"
        return None
