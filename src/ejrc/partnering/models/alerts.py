import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ejrc.core.models import TimeStampedModel


def new_token():
    return secrets.token_urlsafe(24)


class SavedSearch(TimeStampedModel):
    """A search a member saved, mailed as a digest of what is new since the last one.

    A *matching profile* is a saved search of target ``matches``: its ``organisation``'s stored
    match vector is the query, and the digest lists the new organisations and opportunities
    that match it well enough (``ejrc.partnering.domain.match_alerts``).

    ``sent_until`` is the moment the last digest covered: the next one lists what was
    published after it. ``token`` lets the reader unsubscribe from the e-mail without signing in.
    """

    class Target(models.TextChoices):
        OPPORTUNITIES = "opportunities", _("Cooperation opportunities")
        ORGANISATIONS = "organisations", _("Organisations in the directory")
        MATCHES = "matches", _("Partners matching a profile")

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
    organisation = models.ForeignKey("directory.Organisation", null=True, blank=True, on_delete=models.CASCADE,
                                     related_name="+", verbose_name=_("profile to match"))

    class Meta:
        ordering = ["name", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(target="matches", organisation__isnull=False)
                | (~models.Q(target="matches") & models.Q(organisation__isnull=True)),
                name="saved_search_profile_only_for_matches"),
            models.UniqueConstraint(fields=["user", "organisation"], condition=models.Q(organisation__isnull=False),
                                    name="one_matching_profile_per_user_and_organisation"),
        ]
        verbose_name = _("saved search")
        verbose_name_plural = _("saved searches")

    def __str__(self):
        return self.name
