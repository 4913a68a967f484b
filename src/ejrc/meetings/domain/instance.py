"""The solver's instance (``ejrc-b2b-instance/1``, see docs/scheduling.md) built from the database.

Ids are the database's: participants and meetings by primary key, slots by primary key in
slot order. A slot starting before 13:00 in the event's zone is a morning slot. Published
meetings carry their published slot and table: the solver keeps them there unless moves are
allowed, and then minimises the meetings moved before breaks.
Four queries, whatever the size of the event.
"""

from django.utils import timezone

from ejrc.meetings.models import Meeting, MeetingStatus, Seat, Slot, Unavailability

INSTANCE_FORMAT = "ejrc-b2b-instance/1"
NOON = 13
MOVE_COST = 1


def build_instance(event, *, setup, allow_moves=False):
    zone = event.zone
    slots = list(Slot.objects.filter(event=event).values("pk", "starts_at", "ends_at", "interpreters"))
    meetings = list(Meeting.objects.filter(event=event, status=MeetingStatus.ACTIVE).values(
        "pk", "slot_id", "table", "request__priority", "request__interpreter", "request__online"))
    seats = {}
    for meeting_id, participant_id in Seat.objects.filter(
            meeting__event=event, meeting__status=MeetingStatus.ACTIVE).values_list("meeting_id", "participant_id"):
        seats.setdefault(meeting_id, []).append(participant_id)
    unavailable = {}
    for participant_id, slot_id in Unavailability.objects.filter(participant__event=event).values_list(
            "participant_id", "slot_id"):
        unavailable.setdefault(participant_id, []).append(slot_id)
    published = setup.published_version > 0
    people = sorted({p for group in seats.values() for p in group})
    return {
        "format": INSTANCE_FORMAT,
        "name": event.slug,
        "tables": setup.tables,
        "slots": [_slot(slot, zone) for slot in slots],
        "participants": [{"id": p, "unavailable_slots": sorted(unavailable.get(p, []))} for p in people],
        "meetings": [_meeting(m, seats[m["pk"]], published=published)
                     for m in meetings if m["pk"] in seats],
        "require_all_meetings": False,
        "allow_moves": allow_moves,
    }


def _slot(slot, zone):
    start = timezone.localtime(slot["starts_at"], zone)
    return {"id": slot["pk"], "session": "morning" if start.hour < NOON else "afternoon",
            "start": start.isoformat(), "end": timezone.localtime(slot["ends_at"], zone).isoformat(),
            "interpreters": slot["interpreters"]}


def _meeting(row, participants, *, published):
    from ejrc.meetings.models import WEIGHTS

    meeting = {"id": row["pk"], "participants": sorted(participants), "session": "any", "fixed_slot": None,
               "after": [], "weight": WEIGHTS[row["request__priority"]],
               "online": row["request__online"], "interpreter": row["request__interpreter"]}
    if published and row["slot_id"] is not None:
        meeting.update(published_slot=row["slot_id"], published_table=row["table"], move_cost=MOVE_COST)
    return meeting
