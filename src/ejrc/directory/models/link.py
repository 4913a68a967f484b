from django.db import models
from django.utils.translation import gettext_lazy as _

from ejrc.core.i18n import localized
from ejrc.core.models import TimeStampedModel
from ejrc.directory.models.limits import MESSAGE_MAX_LENGTH


class CooperationLink(TimeStampedModel):
    """An existing tie between a European and a Japanese place or organisation.

    Twinnings join two cities: the places are named, and attached to the NUTS region and the
    prefecture where they lie when these are known. Agreements join two or more organisations
    (``organisations``), recorded by helpdesk staff with a title, date and document
    (``directory.domain.agreements``).
    """

    class Kind(models.TextChoices):
        TWINNING = "twinning", _("Twinning")
        FRIENDSHIP = "friendship", _("Friendship agreement")
        AGREEMENT = "agreement", _("Cooperation agreement")
        MOU = "mou", _("Memorandum of understanding")
        PROJECT = "project", _("Joint project")

    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, db_index=True)
    eu_place = models.CharField(_("European place"), max_length=150, blank=True)
    eu_country = models.ForeignKey("geo.Country", on_delete=models.PROTECT, related_name="+")
    eu_region = models.ForeignKey(
        "geo.Region", null=True, blank=True, on_delete=models.SET_NULL, related_name="links"
    )
    eu_organisation = models.ForeignKey(
        "directory.Organisation", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    jp_place = models.CharField(_("Japanese place"), max_length=150, blank=True)
    jp_place_ja = models.CharField(_("Japanese place (Japanese)"), max_length=150, blank=True)
    jp_municipality_code = models.CharField(max_length=6, blank=True)
    jp_prefecture = models.ForeignKey(
        "geo.Prefecture", null=True, blank=True, on_delete=models.SET_NULL, related_name="links"
    )
    jp_organisation = models.ForeignKey(
        "directory.Organisation", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    since = models.PositiveSmallIntegerField(_("since (year)"), null=True, blank=True)
    description = models.TextField(_("description"), max_length=MESSAGE_MAX_LENGTH, blank=True)
    source = models.CharField(_("source"), max_length=200, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    title_ja = models.CharField(_("title (Japanese)"), max_length=200, blank=True)
    signed_on = models.DateField(_("date signed"), null=True, blank=True)
    document = models.FileField(_("document (PDF)"), upload_to="agreements/", blank=True)
    url = models.URLField(_("web page"), blank=True)
    organisations = models.ManyToManyField(
        "directory.Organisation", verbose_name=_("organisations"), blank=True, related_name="agreements"
    )

    class Meta:
        ordering = ["kind", "jp_place", "eu_place"]
        verbose_name = _("cooperation link")
        verbose_name_plural = _("cooperation links")
        constraints = [
            models.UniqueConstraint(
                "kind", "eu_place", "eu_country", "jp_place", condition=models.Q(kind="twinning"),
                name="cooperation_link_unique",
            )
        ]

    def __str__(self):
        if self.title_en:
            return localized(self, "title")
        return f"{self.jp_place} – {self.eu_place} ({self.get_kind_display()})"
