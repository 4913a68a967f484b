from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ejrc.core.i18n import localized

JAPANESE_AREAS = [
    ("hokkaido", _("Hokkaido")),
    ("tohoku", _("Tohoku")),
    ("kanto", _("Kanto")),
    ("chubu", _("Chubu")),
    ("kinki", _("Kinki")),
    ("chugoku", _("Chugoku")),
    ("shikoku", _("Shikoku")),
    ("kyushu_okinawa", _("Kyushu-Okinawa")),
]


class Prefecture(models.Model):
    """One of the 47 prefectures, with its names in both languages and its area."""

    code = models.CharField(_("ISO 3166-2 code"), max_length=5, unique=True)  # JP-21
    jis_code = models.CharField(_("JIS X 0401 code"), max_length=2, unique=True)  # 21
    name_en = models.CharField(_("name (English)"), max_length=50)  # Gifu
    name_ja = models.CharField(_("name (Japanese)"), max_length=10)  # 岐阜県
    name_kana = models.CharField(_("name (kana)"), max_length=20, blank=True)
    area = models.CharField(_("area"), max_length=20, choices=JAPANESE_AREAS, db_index=True)
    capital_en = models.CharField(_("capital (English)"), max_length=50, blank=True)
    capital_ja = models.CharField(_("capital (Japanese)"), max_length=20, blank=True)
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    boundary = models.JSONField(_("boundary (GeoJSON geometry)"), null=True, blank=True)

    class Meta:
        ordering = ["jis_code"]
        verbose_name = _("prefecture")
        verbose_name_plural = _("prefectures")

    def __str__(self):
        return localized(self, "name")

    def get_absolute_url(self):
        return reverse("geo:prefecture", args=[self.code])
