from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Priority(models.TextChoices):
    MUST = "must", _("Must meet")
    WOULD_LIKE = "would", _("Would like to meet")


WEIGHTS = {Priority.MUST: 3, Priority.WOULD_LIKE: 1}


class RequestStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting an answer")
    ACCEPTED = "accepted", pgettext_lazy("b2b", "Accepted")
    DECLINED = "declined", pgettext_lazy("b2b", "Declined")
    WITHDRAWN = "withdrawn", pgettext_lazy("b2b", "Withdrawn")
    EXPIRED = "expired", _("Expired")


LIVE = (RequestStatus.PENDING, RequestStatus.ACCEPTED)


class MeetingRequest(models.Model):
    """A participant asks another (and optionally a third) for a meeting.

    At most one live request per ordered pair (a constraint); the domain also refuses one
    when the other side already asked.
    """

    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="b2b_requests")
    requester = models.ForeignKey("meetings.Participant", on_delete=models.CASCADE, related_name="sent")
    recipient = models.ForeignKey("meetings.Participant", on_delete=models.CASCADE, related_name="received")
    third = models.ForeignKey("meetings.Participant", null=True, blank=True, on_delete=models.CASCADE,
                              related_name="+", verbose_name=_("third participant"))
    priority = models.CharField(_("priority"), max_length=6, choices=Priority.choices, default=Priority.WOULD_LIKE)
    message = models.TextField(_("message"), max_length=1000, blank=True)
    interpreter = models.BooleanField(_("Japanese-English interpreter"), default=False)
    online = models.BooleanField(_("online"), default=False)
    status = models.CharField(max_length=10, choices=RequestStatus.choices, default=RequestStatus.PENDING,
                              db_index=True)
    by_organiser = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+")
    created = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created", "-id"]
        constraints = [
            models.UniqueConstraint("requester", "recipient", condition=models.Q(status__in=LIVE),
                                    name="b2b_request_one_live_per_pair"),
            models.CheckConstraint(condition=~models.Q(requester=models.F("recipient")), name="b2b_request_not_self"),
        ]

    def __str__(self):
        return f"{self.requester} → {self.recipient}"

    @property
    def weight(self):
        return WEIGHTS[self.priority]
