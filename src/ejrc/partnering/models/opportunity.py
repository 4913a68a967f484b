from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ejrc.core.i18n import bilingual
from ejrc.core.models import TimeStampedModel
from ejrc.directory.models import OrganisationKind


class Direction(models.TextChoices):
    OFFER = "offer", _("Offer")
    REQUEST = "request", _("Request")


class OpportunityKind(models.TextChoices):
    BUSINESS = "business", _("Business partnership")
    TECHNOLOGY = "technology", _("Technology")
    RESEARCH = "research", _("Research and innovation project partner")
    INVESTMENT = "investment", _("Investment")
    TOURISM = "tourism", _("Tourism")
    MOBILITY = "mobility", _("People's mobility (study visits, exchanges)")
    JOINT_ACTION = "joint_action", _("Joint action towards a third country")


class PartnerSide(models.TextChoices):
    EUROPE = "europe", _("In Europe")
    JAPAN = "japan", _("In Japan")
    EITHER = "either", _("In Europe or Japan")


class OpportunityStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting validation")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Opportunity(TimeStampedModel):
    """An offer or request of cooperation published by an organisation.

    It is public once the responsible office has validated it and until ``expires_on``; a
    change by its owners sends it back to validation. ``reference`` (``EJ-OPP-2026-00123``)
    is allocated from :class:`ReferenceCounter`, never reused.
    """

    reference = models.CharField(_("reference"), max_length=20, unique=True)
    organisation = models.ForeignKey(
        "directory.Organisation", verbose_name=_("organisation"), on_delete=models.CASCADE,
        related_name="opportunities",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    direction = models.CharField(_("offer or request"), max_length=10, choices=Direction.choices)
    kind = models.CharField(_("kind"), max_length=20, choices=OpportunityKind.choices, db_index=True)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    title_ja = models.CharField(_("title (Japanese)"), max_length=200, blank=True)
    summary_en = models.TextField(_("summary (English)"), blank=True)
    summary_ja = models.TextField(_("summary (Japanese)"), blank=True)
    sectors = models.ManyToManyField("directory.Sector", verbose_name=_("sectors"), blank=True)
    partner_side = models.CharField(
        _("partner sought"), max_length=10, choices=PartnerSide.choices, default=PartnerSide.EITHER
    )
    partner_countries = models.ManyToManyField(
        "geo.Country", verbose_name=_("countries of the partner sought"), blank=True, related_name="+"
    )
    partner_regions = models.ManyToManyField(
        "geo.Region", verbose_name=_("European regions of the partner sought"), blank=True, related_name="+"
    )
    partner_prefectures = models.ManyToManyField(
        "geo.Prefecture", verbose_name=_("prefectures of the partner sought"), blank=True, related_name="+"
    )
    third_countries = models.ManyToManyField(
        "geo.Country", verbose_name=_("target third countries"), blank=True, related_name="+"
    )
    call_identifier = models.CharField(_("call identifier"), max_length=100, blank=True)
    call_deadline = models.DateField(_("call deadline"), null=True, blank=True)
    expires_on = models.DateField(_("expires on"), db_index=True)
    status = models.CharField(
        _("status"), max_length=10, choices=OpportunityStatus.choices,
        default=OpportunityStatus.PENDING, db_index=True,
    )
    office = models.ForeignKey("helpdesk.Office", on_delete=models.PROTECT, related_name="+")
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    # The expiry date its owners were last reminded of: a renewal moves expires_on, so the
    # next expiry is reminded of again, and the same one never twice.
    reminded_for = models.DateField(null=True, blank=True, editable=False)
    search_text = models.TextField(blank=True, editable=False)
    search_name = models.TextField(blank=True, editable=False)
    search_place = models.TextField(blank=True, editable=False)
    search_sectors = models.TextField(blank=True, editable=False)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("cooperation opportunity")
        verbose_name_plural = _("cooperation opportunities")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(kind="research") | ~models.Q(call_identifier=""),
                name="research_opportunity_names_its_call",
            ),
            models.CheckConstraint(
                condition=~models.Q(title_en="", title_ja=""), name="opportunity_has_a_title"
            ),
        ]

    def __str__(self):
        return f"{self.reference} {self.title}"

    def get_absolute_url(self):
        return reverse("partnering:opportunity", kwargs={"reference": self.reference})

    @property
    def title(self):
        """The title in the viewer's language (or the other one), with the other beside it."""
        return bilingual(self, "title")

    @property
    def summary(self):
        return bilingual(self, "summary")

    @property
    def is_expired(self):
        return self.expires_on < timezone.localdate()

    @property
    def is_open(self):
        """On the public board: validated, not withdrawn, not expired."""
        return self.status == OpportunityStatus.PUBLISHED and not self.is_expired


class OpportunityPartnerKind(models.Model):
    """A kind of organisation the opportunity seeks as partner."""

    opportunity = models.ForeignKey(Opportunity, on_delete=models.CASCADE, related_name="partner_kinds")
    kind = models.CharField(_("kind of organisation"), max_length=20, choices=OrganisationKind.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint("opportunity", "kind", name="opportunity_partner_kind_unique")
        ]

    def __str__(self):
        return self.get_kind_display()


class ReferenceCounter(models.Model):
    """The last reference number given out in a year (see ``domain.references``)."""

    year = models.PositiveIntegerField(primary_key=True)
    last = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.year}: {self.last}"
