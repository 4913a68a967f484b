"""How an event's B2B meetings are organised: the mode, the tables and the slots."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SchedulingMode(models.TextChoices):
    SELF_SERVICE = "self_service", _("Self-service: the two participants pick a slot")
    AUTOMATIC = "automatic", _("Automatic: the organisers run the scheduler")


class B2BSetup(models.Model):
    """One per event with a B2B block. ``published_version`` counts publications: publishing
    checks the version it read, so of two organisers publishing at once one wins."""

    event = models.OneToOneField("events.Event", on_delete=models.CASCADE, related_name="b2b")
    mode = models.CharField(_("scheduling"), max_length=12, choices=SchedulingMode.choices,
                            default=SchedulingMode.AUTOMATIC)
    tables = models.PositiveSmallIntegerField(_("tables"), default=10)
    slot_minutes = models.PositiveSmallIntegerField(_("minutes per meeting"), default=20)
    request_expiry_hours = models.PositiveSmallIntegerField(_("hours to answer a request"), default=72)
    online_link_base = models.URLField(_("online meeting address"), blank=True,
                                       help_text=_("Each online meeting gets its own room under this address."))
    published_version = models.PositiveIntegerField(default=0)
    published_at = models.DateTimeField(null=True, blank=True)
    published_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+")

    class Meta:
        verbose_name = _("B2B set-up")
        verbose_name_plural = _("B2B set-ups")

    def __str__(self):
        return f"B2B · {self.event}"

    @property
    def is_self_service(self):
        return self.mode == SchedulingMode.SELF_SERVICE


class Slot(models.Model):
    """A meeting slot inside one of the event's B2B sessions (times in UTC)."""

    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="b2b_slots")
    session = models.ForeignKey("events.Session", on_delete=models.CASCADE, related_name="b2b_slots")
    number = models.PositiveSmallIntegerField()
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    interpreters = models.PositiveSmallIntegerField(_("interpreters"), default=0)

    class Meta:
        ordering = ["number"]
        constraints = [models.UniqueConstraint("event", "number", name="b2b_slot_number_unique")]

    def __str__(self):
        return f"#{self.number}"
