"""What background work leaves for staff: tasks that kept failing, and the e-mail outbox."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .base import TimeStampedModel


class FailedTask(TimeStampedModel):
    """A task that failed after all its retries (or could not be queued), kept until staff act.

    The same task with the same arguments failing again updates its row rather than adding one.
    """

    name = models.CharField(_("task"), max_length=200)
    args = models.JSONField(_("arguments"), default=list, blank=True)
    kwargs = models.JSONField(_("keyword arguments"), default=dict, blank=True)
    error = models.TextField(_("error"))
    traceback = models.TextField(_("traceback"), blank=True)
    failures = models.PositiveIntegerField(_("failures"), default=1)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)

    class Meta:
        ordering = ["-updated", "-id"]
        verbose_name = _("failed task")
        verbose_name_plural = _("failed tasks")

    def __str__(self):
        return f"{self.name}{tuple(self.args)}"


class OutgoingMail(TimeStampedModel):
    """One e-mail, rendered in its recipient's language, kept until the mail server took it."""

    to = models.EmailField(_("to"))
    language = models.CharField(_("language"), max_length=10)
    template = models.CharField(_("template"), max_length=200)
    subject = models.CharField(_("subject"), max_length=500)
    body = models.TextField(_("body"))
    # Files sent with the message (an agenda's .ics, say): [{"name", "content_type", "base64"}].
    attachments = models.JSONField(_("attachments"), default=list, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        ordering = ["-created", "-id"]
        indexes = [models.Index(fields=["sent_at", "updated"], name="core_outgoingmail_waiting")]
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mail")

    def __str__(self):
        return f"{self.to}: {self.subject}"
