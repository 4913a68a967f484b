from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ejrc.core.i18n import localized


class Region(models.Model):
    """A European region: a NUTS unit (levels 0-3) or, without NUTS data, an ISO 3166-2 subdivision.

    ``code`` is the NUTS id (``FRF1``) or the ISO code (``FR-GES``); ``scheme`` tells which.
    """

    class Scheme(models.TextChoices):
        NUTS = "nuts", "NUTS"
        ISO = "iso3166-2", "ISO 3166-2"

    code = models.CharField(_("code"), max_length=12, unique=True)
    scheme = models.CharField(max_length=10, choices=Scheme.choices, default=Scheme.NUTS)
    version = models.CharField(max_length=10, blank=True, help_text="e.g. 2024 for NUTS 2024")
    level = models.PositiveSmallIntegerField(_("level"), db_index=True)
    country = models.ForeignKey("geo.Country", on_delete=models.PROTECT, related_name="regions")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="children"
    )
    name_en = models.CharField(_("name (Latin script)"), max_length=200)
    name_native = models.CharField(_("name (national language)"), max_length=200, blank=True)
    name_ja = models.CharField(_("name (Japanese)"), max_length=200, blank=True)
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    boundary = models.JSONField(_("boundary (GeoJSON geometry)"), null=True, blank=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return localized(self, "name")

    def get_absolute_url(self):
        return reverse("geo:region", args=[self.code])

    @property
    def is_extra_regio(self):
        return self.scheme == self.Scheme.NUTS and self.code.endswith("Z")
