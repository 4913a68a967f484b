from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ejrc.core.models import TimeStampedModel
from ejrc.directory.models.limits import MESSAGE_MAX_LENGTH


class ProfileRevision(TimeStampedModel):
    """A proposed version of a profile, waiting for the responsible office.

    ``data`` holds the proposed field values (including sector codes, interests and
    third-country codes); approving it copies them onto the organisation. The published
    profile stays as it was until then.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting validation")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    organisation = models.ForeignKey(
        "directory.Organisation", on_delete=models.CASCADE, related_name="revisions"
    )
    data = models.JSONField()
    logo = models.ImageField(upload_to="logos/pending/", blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    office = models.ForeignKey("helpdesk.Office", on_delete=models.PROTECT, related_name="+")
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reason = models.TextField(_("reason"), max_length=MESSAGE_MAX_LENGTH, blank=True)

    class Meta:
        ordering = ["created"]
        # The documented override of office scoping (see docs/architecture.md, "Permissions").
        permissions = [("validate_any_office", "Can validate proposals routed to any office")]
        constraints = [
            models.UniqueConstraint(
                "organisation", condition=models.Q(status="pending"),
                name="one_pending_revision_per_organisation",
            )
        ]

    def __str__(self):
        return f"{self.organisation} ({self.get_status_display()})"
