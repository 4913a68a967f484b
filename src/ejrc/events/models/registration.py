from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ejrc.core.models import TimeStampedModel


class RegistrationStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting approval")
    CONFIRMED = "confirmed", _("Confirmed")
    WAITING = "waiting", _("On the waiting list")
    REJECTED = "rejected", _("Declined")
    CANCELLED = "cancelled", _("Cancelled")


ACTIVE_STATUSES = (RegistrationStatus.PENDING, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING)


class Registration(TimeStampedModel):
    """A person's registration for an event, on behalf of an organisation they belong to.

    A person holds at most one active registration per event (a database constraint);
    the waiting list is ordered by ``created``. When an event is long over the retention rule
    (``events/privacy.py``) removes the person and their answers; the row stays, with its
    organisation, for the event's figures.
    """

    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="registrations")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.CASCADE,
                             related_name="event_registrations")  # empty once the retention period is over
    organisation = models.ForeignKey("directory.Organisation", verbose_name=_("organisation"),
                                     on_delete=models.PROTECT, related_name="event_registrations")
    status = models.CharField(_("status"), max_length=10, choices=RegistrationStatus.choices, db_index=True)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    decision_reason = models.TextField(_("reason"), blank=True)
    checked_in_at = models.DateTimeField(_("checked in"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminder sent"), null=True, blank=True)

    class Meta:
        ordering = ["created", "id"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint("event", "user", condition=models.Q(status__in=ACTIVE_STATUSES),
                                    name="registration_one_active_per_person"),
        ]

    def __str__(self):
        return f"{self.user} @ {self.event}"

    @property
    def is_active(self):
        return self.status in ACTIVE_STATUSES


class SessionChoiceStatus(models.TextChoices):
    REQUESTED = "requested", _("Requested")
    CONFIRMED = "confirmed", _("Confirmed")
    WAITING = "waiting", _("On the waiting list")


class SessionChoice(TimeStampedModel):
    """A session or site visit a participant picked. Places are given once the registration is
    confirmed (``requested`` until then), in order of ``created``."""

    registration = models.ForeignKey(Registration, on_delete=models.CASCADE, related_name="choices")
    session = models.ForeignKey("events.Session", on_delete=models.CASCADE, related_name="choices")
    status = models.CharField(_("status"), max_length=10, choices=SessionChoiceStatus.choices,
                              default=SessionChoiceStatus.REQUESTED, db_index=True)

    class Meta:
        ordering = ["created", "id"]
        constraints = [models.UniqueConstraint("registration", "session", name="session_choice_unique")]

    def __str__(self):
        return f"{self.registration} → {self.session}"
