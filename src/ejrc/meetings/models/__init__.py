from .meeting import Attendance, Meeting, MeetingStatus, Seat
from .participant import Participant, Side, Unavailability
from .request import LIVE, WEIGHTS, MeetingRequest, Priority, RequestStatus
from .run import LIVE_RUN, WITH_DRAFT, Placement, RunStatus, SchedulingRun
from .setup import B2BSetup, SchedulingMode, Slot

__all__ = [
    "LIVE", "LIVE_RUN", "WEIGHTS", "WITH_DRAFT", "Attendance", "B2BSetup", "Meeting", "MeetingRequest",
    "MeetingStatus", "Participant", "Placement", "Priority", "RequestStatus", "RunStatus", "SchedulingMode",
    "SchedulingRun", "Seat", "Side", "Slot", "Unavailability",
]
