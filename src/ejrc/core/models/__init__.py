from .activity import ActivityLog
from .background import FailedTask, OutgoingMail
from .base import TimeStampedModel

__all__ = ["ActivityLog", "FailedTask", "OutgoingMail", "TimeStampedModel"]
