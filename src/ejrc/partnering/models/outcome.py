from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ejrc.core.models import TimeStampedModel


class OutcomeStage(models.TextChoices):
    """Stages of a contact followed through to an agreement, in their usual order."""

    FIRST_MEETING = "first_meeting", _("First meeting held")
    LETTER_OF_INTENT = "letter_of_intent", _("Letter of intent")
    MOU_SIGNED = "mou_signed", _("Memorandum of understanding signed")
    PROJECT_SUBMITTED = "project_submitted", _("Joint project submitted")
    PROJECT_FUNDED = "project_funded", _("Joint project funded")


class Outcome(TimeStampedModel):
    """A stage an accepted contact has reached, with its date and an optional document."""

    interest = models.ForeignKey(
        "partnering.ExpressionOfInterest", on_delete=models.CASCADE, related_name="outcomes"
    )
    stage = models.CharField(_("stage"), max_length=20, choices=OutcomeStage.choices)
    happened_on = models.DateField(_("date"))
    document = models.FileField(_("document (PDF)"), upload_to="partnering/outcomes/", blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["happened_on", "pk"]
        verbose_name = _("outcome")
        verbose_name_plural = _("outcomes")
        constraints = [models.UniqueConstraint("interest", "stage", name="one_outcome_per_stage")]

    def __str__(self):
        return f"{self.get_stage_display()} ({self.happened_on})"
