from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ejrc.core.models import TimeStampedModel


class ExpressionOfInterest(TimeStampedModel):
    """An organisation's interest in another's opportunity, with the contact it opens.

    Contacts kept "only after an accepted contact" become visible to both sides once the
    owner accepts; the two sides then talk in :class:`InterestMessage` rows.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for an answer")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    opportunity = models.ForeignKey(
        "partnering.Opportunity", on_delete=models.CASCADE, related_name="interests"
    )
    organisation = models.ForeignKey(
        "directory.Organisation", verbose_name=_("interested organisation"), on_delete=models.CASCADE,
        related_name="expressions_of_interest",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    message = models.TextField(_("message"))
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("expression of interest")
        verbose_name_plural = _("expressions of interest")
        constraints = [
            models.UniqueConstraint(
                "opportunity", "organisation", condition=~models.Q(status="withdrawn"),
                name="one_live_interest_per_organisation",
            )
        ]

    def __str__(self):
        return f"{self.organisation} → {self.opportunity.reference}"


class InterestMessage(TimeStampedModel):
    """One message of the conversation on an accepted contact."""

    interest = models.ForeignKey(ExpressionOfInterest, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    organisation = models.ForeignKey("directory.Organisation", on_delete=models.CASCADE, related_name="+")
    body = models.TextField(_("message"))

    class Meta:
        ordering = ["created", "pk"]

    def __str__(self):
        return self.body[:50]
