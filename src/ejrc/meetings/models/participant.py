from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Side(models.TextChoices):
    EUROPE = "eu", _("Europe")
    JAPAN = "jp", _("Japan")
    THIRD = "third", _("Third country")


class Participant(models.Model):
    """A registered person's B2B profile at one event, seeded from their organisation's."""

    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="b2b_participants")
    registration = models.OneToOneField("events.Registration", on_delete=models.CASCADE, related_name="b2b")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="b2b_profiles")
    organisation = models.ForeignKey("directory.Organisation", on_delete=models.PROTECT, related_name="+")
    side = models.CharField(_("side"), max_length=5, choices=Side.choices, db_index=True)
    offers = models.TextField(_("what we offer"), max_length=2000, blank=True)
    seeks = models.TextField(_("what we seek"), max_length=2000, blank=True)

    class Meta:
        ordering = ["id"]
        constraints = [models.UniqueConstraint("event", "user", name="b2b_participant_once_per_event")]

    def __str__(self):
        return f"{self.user.name or self.user.email} ({self.organisation})"


class Unavailability(models.Model):
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="unavailable")
    slot = models.ForeignKey("meetings.Slot", on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint("participant", "slot", name="b2b_unavailable_once")]
