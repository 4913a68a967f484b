"""Best practices: one row per language version, linked by ``translation_key``.

Each version is reviewed and published on its own, so a missing or pending translation never
holds back the other language. Partners, figures and attachments belong to one version; a
translation starts as a copy of its original's.
"""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ejrc.core.models import TimeStampedModel
from ejrc.directory.domain.rich_text import sanitise_html
from ejrc.directory.models import CooperationInterest

LANGUAGES = [("en", _("English")), ("ja", _("Japanese"))]


class ReviewStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting review")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Rejected")


class Side(models.TextChoices):
    EUROPE = "europe", _("European side")
    JAPAN = "japan", _("Japanese side")


class BestPractice(TimeStampedModel):
    translation_key = models.UUIDField(default=uuid.uuid4, db_index=True, editable=False)
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGES)
    organisation = models.ForeignKey(
        "directory.Organisation", verbose_name=_("submitted by"), on_delete=models.CASCADE,
        related_name="best_practices",
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), max_length=5000)
    cooperation_type = models.CharField(_("cooperation type"), max_length=20, choices=CooperationInterest.choices)
    sectors = models.ManyToManyField("directory.Sector", verbose_name=_("sectors"), blank=True)
    results = models.TextField(_("results"), max_length=5000, blank=True)
    lessons = models.TextField(_("lessons learnt"), max_length=5000, blank=True)
    links = models.TextField(_("links"), blank=True, help_text=_("One web address per line."))
    status = models.CharField(_("status"), max_length=10, choices=ReviewStatus.choices,
                              default=ReviewStatus.PENDING, db_index=True)
    office = models.ForeignKey("helpdesk.Office", on_delete=models.PROTECT, related_name="+")
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")
    reviewed_at = models.DateTimeField(null=True, blank=True)
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)
    published_at = models.DateTimeField(null=True, blank=True, db_index=True)
    search_text = models.TextField(blank=True, editable=False)
    search_name = models.TextField(blank=True, editable=False)
    search_place = models.TextField(blank=True, editable=False)
    search_sectors = models.TextField(blank=True, editable=False)

    class Meta:
        ordering = ["-published_at", "-created"]
        verbose_name = _("best practice")
        verbose_name_plural = _("best practices")
        constraints = [
            models.UniqueConstraint("translation_key", "language", name="best_practice_one_row_per_language"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("knowledge:practice", kwargs={"pk": self.pk})

    @property
    def is_published(self):
        return self.status == ReviewStatus.PUBLISHED

    def save(self, *args, **kwargs):
        """Rich text is sanitised whoever writes it (the domain, or staff in the admin)."""
        for field in ("summary", "results", "lessons"):
            setattr(self, field, sanitise_html(getattr(self, field)))
        super().save(*args, **kwargs)

    @property
    def link_list(self):
        return [line.strip() for line in self.links.splitlines() if line.strip()]


class PracticePartner(models.Model):
    """A partner of the case: a directory profile, or a name where it has none yet."""

    practice = models.ForeignKey(BestPractice, on_delete=models.CASCADE, related_name="partners")
    side = models.CharField(_("side"), max_length=10, choices=Side.choices)
    organisation = models.ForeignKey("directory.Organisation", null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="practice_partnerships")
    name = models.CharField(_("name"), max_length=200, blank=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=models.Q(organisation__isnull=False) | ~models.Q(name=""),
                                   name="practice_partner_named"),
        ]

    def __str__(self):
        return str(self.organisation) if self.organisation_id else self.name


class PracticeFigure(models.Model):
    """A result in figures: "Joint projects: 4", "Export growth: 12 %"."""

    practice = models.ForeignKey(BestPractice, on_delete=models.CASCADE, related_name="figures")
    label = models.CharField(_("what"), max_length=200)
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=2)
    unit = models.CharField(_("unit"), max_length=30, blank=True)

    def __str__(self):
        return f"{self.label}: {self.value.normalize():f} {self.unit}".strip()


class PracticeAttachment(models.Model):
    class Kind(models.TextChoices):
        PDF = "pdf", _("PDF document")
        IMAGE = "image", _("Image")

    practice = models.ForeignKey(BestPractice, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to="knowledge/practices/", max_length=200)
    kind = models.CharField(max_length=5, choices=Kind.choices)
    original_name = models.CharField(max_length=200, blank=True)
    size = models.PositiveIntegerField(default=0)

    def __str__(self):
        return self.original_name or self.file.name
