"""Inquiries to the helpdesk, their threads, and the per-year counter behind their references."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ejrc.core.models.base import TimeStampedModel


class Topic(models.TextChoices):
    PARTNER_SEARCH = "partner_search", _("Partner search")
    FUNDING = "funding", _("Funding")
    EVENTS = "events", _("Events")
    TRADE_AGREEMENT = "trade_agreement", _("Trade agreement (EPA)")
    OTHER = "other", _("Other")


class Side(models.TextChoices):
    EU = "eu", _("European Union")
    JAPAN = "japan", _("Japan")
    THIRD_COUNTRY = "third_country", _("Third country")


class InquiryStatus(models.TextChoices):
    OPEN = "open", _("Waiting for the helpdesk")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")


class InquiryCounter(models.Model):
    """The last reference number given in ``year`` (locked while the next one is taken)."""

    year = models.PositiveIntegerField(unique=True)
    last = models.PositiveIntegerField(default=0)


class Inquiry(TimeStampedModel):
    """A question someone sent to the helpdesk, routed to one office.

    The sender needs no account: ``token`` is the secret of their private link, where they follow
    the status, read the replies and write back. ``language`` is the one they wrote in: every
    e-mail to them is in it.
    """

    reference = models.CharField(max_length=20, unique=True)
    token = models.CharField(max_length=64, unique=True)
    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices)
    side = models.CharField(_("your side"), max_length=20, choices=Side.choices)
    country = models.ForeignKey("geo.Country", verbose_name=_("country"), on_delete=models.PROTECT,
                                related_name="+")
    prefecture = models.ForeignKey("geo.Prefecture", verbose_name=_("prefecture"), null=True, blank=True,
                                   on_delete=models.PROTECT, related_name="+")
    region = models.ForeignKey("geo.Region", verbose_name=_("European region"), null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="+")
    name = models.CharField(_("name"), max_length=150, blank=True)
    organisation_name = models.CharField(_("organisation"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    language = models.CharField(max_length=5, default="en")
    message = models.TextField(_("message"))
    attachment = models.FileField(upload_to="inquiries/", blank=True, max_length=200)
    attachment_name = models.CharField(max_length=200, blank=True)
    sender_user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="helpdesk_inquiries")
    office = models.ForeignKey("helpdesk.Office", on_delete=models.PROTECT, related_name="inquiries")
    assignee = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("assignee"), null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="assigned_inquiries")
    status = models.CharField(_("status"), max_length=10, choices=InquiryStatus.choices,
                              default=InquiryStatus.OPEN, db_index=True)
    first_response_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    anonymised_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("inquiry")
        verbose_name_plural = _("inquiries")
        indexes = [models.Index(fields=["office", "status", "created"])]
        permissions = [("handle_any_office", "May read and answer the inquiries of every office")]

    def __str__(self):
        return self.reference

    def get_absolute_url(self):
        return reverse("helpdesk:inquiry", kwargs={"reference": self.reference})


class MessageKind(models.TextChoices):
    REPLY = "reply", _("Reply to the sender")
    NOTE = "note", _("Internal note")
    SENDER = "sender", _("Message from the sender")


class InquiryMessage(TimeStampedModel):
    """One entry of an inquiry's thread. Notes are for staff only, never shown to the sender."""

    inquiry = models.ForeignKey(Inquiry, on_delete=models.CASCADE, related_name="messages")
    kind = models.CharField(max_length=10, choices=MessageKind.choices)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="+")
    body = models.TextField()

    class Meta:
        ordering = ["created", "pk"]
