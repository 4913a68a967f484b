from .event import Event, EventFormat, EventQuestion, validate_time_zone
from .pitch import Pitch, PitchStatus
from .programme import Day, Room, Session, SessionKind, Speaker
from .registration import Registration, RegistrationStatus, SessionChoice, SessionChoiceStatus

__all__ = [
    "Day",
    "Event",
    "EventFormat",
    "EventQuestion",
    "Pitch",
    "PitchStatus",
    "Registration",
    "RegistrationStatus",
    "Room",
    "Session",
    "SessionChoice",
    "SessionChoiceStatus",
    "SessionKind",
    "Speaker",
    "validate_time_zone",
]
