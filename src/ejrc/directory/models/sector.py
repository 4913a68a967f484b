from django.db import models
from django.utils.translation import gettext_lazy as _

from ejrc.core.i18n import localized


class SectorScheme(models.TextChoices):
    CLUSTER_SECTOR = "cluster", _("Cluster sectors")
    EMERGING_INDUSTRY = "emerging", _("Emerging industries")
    ECOSYSTEM = "ecosystem", _("Industrial ecosystems")
    NACE = "nace", _("NACE Rev.2")


class Sector(models.Model):
    """An entry of one of the public sector classifications (the project's reference lists)."""

    scheme = models.CharField(_("classification"), max_length=12, choices=SectorScheme.choices)
    code = models.CharField(_("code"), max_length=12)
    name_en = models.CharField(_("name (English)"), max_length=200)
    name_ja = models.CharField(_("name (Japanese)"), max_length=200, blank=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="children"
    )
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["scheme", "position", "code"]
        constraints = [models.UniqueConstraint("scheme", "code", name="sector_scheme_code_unique")]
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")

    def __str__(self):
        return localized(self, "name")
