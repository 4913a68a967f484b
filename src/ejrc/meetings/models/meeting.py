from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class MeetingStatus(models.TextChoices):
    ACTIVE = "active", _("Planned")
    CANCELLED = "cancelled", pgettext_lazy("b2b", "Cancelled")


class Attendance(models.TextChoices):
    UNKNOWN = "", _("Not checked in")
    HELD = "held", _("Held")
    NO_SHOW = "no_show", _("No-show")


class Meeting(models.Model):
    """An accepted request, to be placed. ``slot``/``table`` are where it is (self-booked or
    published); a cancelled meeting holds no slot. A table is unique per slot, and each
    participant sits once per slot (``Seat``): double booking is impossible in the database."""

    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="b2b_meetings")
    request = models.OneToOneField("meetings.MeetingRequest", on_delete=models.CASCADE, related_name="meeting")
    status = models.CharField(max_length=10, choices=MeetingStatus.choices, default=MeetingStatus.ACTIVE)
    slot = models.ForeignKey("meetings.Slot", null=True, blank=True, on_delete=models.SET_NULL, related_name="meetings")
    table = models.PositiveSmallIntegerField(null=True, blank=True)
    online_url = models.URLField(blank=True)
    attendance = models.CharField(max_length=8, choices=Attendance.choices, blank=True, default="")
    useful = models.BooleanField(null=True)
    next_step = models.CharField(max_length=20, blank=True)

    class Meta:
        ordering = ["slot__number", "table", "id"]
        constraints = [
            models.UniqueConstraint("slot", "table", name="b2b_table_once_per_slot"),
        ]

    def __str__(self):
        return f"meeting {self.pk}"


class Seat(models.Model):
    """A participant's place in a meeting, copying the meeting's slot."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="seats")
    participant = models.ForeignKey("meetings.Participant", on_delete=models.CASCADE, related_name="seats")
    slot = models.ForeignKey("meetings.Slot", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint("participant", "slot", name="b2b_participant_once_per_slot"),
            models.UniqueConstraint("meeting", "participant", name="b2b_seat_once"),
        ]
