import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ejrc.core.models import TimeStampedModel


def new_token():
    return secrets.token_urlsafe(24)


class SavedSearch(TimeStampedModel):
    """A search a member saved, mailed as a digest of what is new since the last one.

    ``sent_until`` is the moment the last digest covered: the next one lists what was
    published after it. ``token`` lets the reader unsubscribe from the e-mail without signing in.
    """

    class Target(models.TextChoices):
        OPPORTUNITIES = "opportunities", _("Cooperation opportunities")
        ORGANISATIONS = "organisations", _("Organisations in the directory")

    class Frequency(models.TextChoices):
        DAILY = "daily", _("Daily")
        WEEKLY = "weekly", _("Weekly")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_searches")
    name = models.CharField(_("name"), max_length=120)
    target = models.CharField(_("what to watch"), max_length=15, choices=Target.choices)
    query_string = models.CharField(max_length=2000, blank=True)
    frequency = models.CharField(_("how often"), max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY)
    active = models.BooleanField(default=True)
    sent_until = models.DateTimeField()
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("saved search")
        verbose_name_plural = _("saved searches")

    def __str__(self):
        return self.name
