from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ejrc.core.models import TimeStampedModel
from ejrc.directory.models.limits import MESSAGE_MAX_LENGTH


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Everyone")
    MEMBERS = "members", _("Members of validated organisations")
    ON_REQUEST = "on_request", _("Only after an accepted contact request")


class Contact(models.Model):
    """A contact person of an organisation, shown according to its visibility."""

    organisation = models.ForeignKey(
        "directory.Organisation", on_delete=models.CASCADE, related_name="contacts"
    )
    name = models.CharField(_("name"), max_length=150)
    name_ja = models.CharField(_("name in Japanese"), max_length=150, blank=True)
    role = models.CharField(_("role"), max_length=150, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    languages = models.CharField(_("languages spoken"), max_length=100, blank=True)
    visibility = models.CharField(
        _("visible to"), max_length=12, choices=Visibility.choices, default=Visibility.MEMBERS
    )
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self):
        return self.name


class ContactRequest(TimeStampedModel):
    """A signed-in person asks an organisation to share its contacts (and to get in touch)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="contact_requests"
    )
    requester_organisation = models.ForeignKey(
        "directory.Organisation", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    organisation = models.ForeignKey(
        "directory.Organisation", on_delete=models.CASCADE, related_name="contact_requests"
    )
    message = models.TextField(_("message"), max_length=MESSAGE_MAX_LENGTH)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created"]
        constraints = [
            models.UniqueConstraint(
                "requester", "organisation", condition=models.Q(status="pending"),
                name="one_pending_contact_request",
            )
        ]

    def __str__(self):
        return f"{self.requester} → {self.organisation}"
