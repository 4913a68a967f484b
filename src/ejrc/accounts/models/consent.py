from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class MarketingConsent(models.Model):
    """One answer to the marketing e-mail question, kept as proof: never edited, only added to.

    ``wording`` is the exact sentence the person saw, in the language they saw it in, and
    ``version`` names that sentence (see ``accounts/domain/consent.py``). The latest row is the
    person's current answer.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="marketing_consents"
    )
    given = models.BooleanField(_("consent given"))
    version = models.CharField(_("wording version"), max_length=20)
    language = models.CharField(_("language"), max_length=5)
    wording = models.TextField(_("wording shown"))
    answered_at = models.DateTimeField(_("answered at"), auto_now_add=True)

    class Meta:
        ordering = ["-answered_at", "-id"]
        verbose_name = _("marketing e-mail consent")
        verbose_name_plural = _("marketing e-mail consents")

    def __str__(self):
        return f"{self.user_id} {'yes' if self.given else 'no'} ({self.version}, {self.answered_at:%Y-%m-%d})"
