from django.db import models
from django.utils.translation import gettext_lazy as _

from ejrc.core.i18n import localized


class CountryGroup(models.TextChoices):
    EU = "eu", _("European Union")
    EEA_EFTA = "eea_efta", _("EEA / EFTA")
    JAPAN = "japan", _("Japan")
    AFRICA = "africa", _("Africa")
    SOUTH_EAST_ASIA = "south_east_asia", _("South East Asia")
    LATIN_AMERICA = "latin_america", _("Latin America")
    EU_NEIGHBOURHOOD = "eu_neighbourhood", _("EU neighbourhood")
    OTHER = "other", _("Other countries")


class Country(models.Model):
    """An ISO 3166-1 country, grouped for the platform's purposes (EU, Japan, third countries)."""

    code = models.CharField(_("ISO code"), max_length=2, unique=True)
    code3 = models.CharField(max_length=3, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=100)
    name_ja = models.CharField(_("name (Japanese)"), max_length=100, blank=True)
    group = models.CharField(_("group"), max_length=20, choices=CountryGroup.choices, db_index=True)

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self):
        return localized(self, "name")

    @property
    def is_european(self):
        return self.group in {CountryGroup.EU, CountryGroup.EEA_EFTA}

    @property
    def is_japan(self):
        return self.group == CountryGroup.JAPAN
