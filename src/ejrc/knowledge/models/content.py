"""Content pages written by the helpdesk: partner initiatives and EPA guides per sector."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ejrc.core.i18n import bilingual, localized
from ejrc.directory.domain.rich_text import sanitise_html


class Initiative(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=200)
    name_ja = models.CharField(_("name (Japanese)"), max_length=200, blank=True)
    offers_en = models.TextField(_("what it offers (English)"))
    offers_ja = models.TextField(_("what it offers (Japanese)"), blank=True)
    connection_en = models.TextField(_("how it connects to the platform (English)"))
    connection_ja = models.TextField(_("how it connects to the platform (Japanese)"), blank=True)
    url = models.URLField(_("web site"), blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "name_en"]
        verbose_name = _("partner initiative")
        verbose_name_plural = _("partner initiatives")

    def __str__(self):
        return localized(self, "name")

    def get_absolute_url(self):
        return reverse("knowledge:initiative", kwargs={"slug": self.slug})

    @property
    def name(self):
        return bilingual(self, "name")


class EpaGuide(models.Model):
    """What the EU-Japan Economic Partnership Agreement means for one sector (sanitised HTML)."""

    slug = models.SlugField(max_length=80, unique=True)
    title_en = models.CharField(_("title (English)"), max_length=200)
    title_ja = models.CharField(_("title (Japanese)"), max_length=200, blank=True)
    body_en = models.TextField(_("guide (English)"))
    body_ja = models.TextField(_("guide (Japanese)"), blank=True)
    sectors = models.ManyToManyField("directory.Sector", verbose_name=_("sectors"), blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "title_en"]
        verbose_name = _("EPA guide")
        verbose_name_plural = _("EPA guides")

    def __str__(self):
        return localized(self, "title")

    def get_absolute_url(self):
        return reverse("knowledge:epa-guide", kwargs={"slug": self.slug})

    @property
    def title(self):
        return bilingual(self, "title")

    def save(self, *args, **kwargs):
        self.body_en, self.body_ja = sanitise_html(self.body_en), sanitise_html(self.body_ja)
        super().save(*args, **kwargs)
