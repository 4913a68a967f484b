from .activity import ActivityLog
from .base import TimeStampedModel

__all__ = ["ActivityLog", "TimeStampedModel"]
