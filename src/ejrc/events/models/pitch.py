from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ejrc.core.models import TimeStampedModel


class PitchStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Not accepted")


class Pitch(TimeStampedModel):
    """A region's, prefecture's or cluster's answer to a pitch session's call.

    Organisers accept or reject it with a reason and place the accepted ones in a running
    order (``position``), published with the session.
    """

    session = models.ForeignKey("events.Session", on_delete=models.CASCADE, related_name="pitches")
    organisation = models.ForeignKey("directory.Organisation", verbose_name=_("organisation"),
                                     on_delete=models.PROTECT, related_name="pitches")
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                     related_name="+")
    title = models.CharField(_("title"), max_length=200)
    abstract = models.TextField(_("abstract"), max_length=3000)
    slides = models.FileField(_("slides (PDF)"), upload_to="pitches/")
    status = models.CharField(_("status"), max_length=10, choices=PitchStatus.choices,
                              default=PitchStatus.SUBMITTED)
    decision_reason = models.TextField(_("reason"), blank=True)
    position = models.PositiveSmallIntegerField(_("running order"), null=True, blank=True)

    class Meta:
        ordering = ["position", "created", "id"]
        verbose_name = _("pitch")
        verbose_name_plural = _("pitches")
        constraints = [
            models.UniqueConstraint("session", "organisation", name="pitch_one_per_organisation"),
            models.UniqueConstraint("session", "position", name="pitch_position_unique"),
        ]

    def __str__(self):
        return self.title
