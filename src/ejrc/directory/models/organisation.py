from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ejrc.core.i18n import localized
from ejrc.core.models import TimeStampedModel
from ejrc.directory.models.limits import DESCRIPTION_MAX_LENGTH, MAX_MEMBER_COUNT, MESSAGE_MAX_LENGTH


class OrganisationKind(models.TextChoices):
    REGION = "region", _("Region")
    PREFECTURE = "prefecture", _("Prefecture")
    CITY = "city", _("City")
    CLUSTER = "cluster", _("Cluster")
    CLUSTER_NETWORK = "cluster_network", _("Network of clusters")
    REGION_NETWORK = "region_network", _("Network of regions")
    SUPPORT = "support", _("Support organisation")


class OrganisationStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting validation")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Rejected")
    ARCHIVED = "archived", _("Archived")


class CooperationInterest(models.TextChoices):
    INDUSTRY = "industry", _("Industry")
    TRADE = "trade", _("Trade")
    INVESTMENT = "investment", _("Investment")
    INNOVATION = "innovation", _("Innovation")
    TOURISM = "tourism", _("Tourism")
    MOBILITY = "mobility", _("People's mobility")


class Organisation(TimeStampedModel):
    """A profile in the directory: a region, prefecture, city, cluster, network or support body.

    The fields hold the last *validated* version; proposed changes wait as a
    :class:`ProfileRevision` until the responsible office approves them.
    """

    slug = models.SlugField(max_length=120, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind.choices, db_index=True)
    status = models.CharField(
        _("status"), max_length=12, choices=OrganisationStatus.choices,
        default=OrganisationStatus.PENDING, db_index=True,
    )
    name_en = models.CharField(_("name (English)"), max_length=200)
    name_ja = models.CharField(_("name (Japanese)"), max_length=200, blank=True)
    description_en = models.TextField(_("description (English)"), max_length=DESCRIPTION_MAX_LENGTH)
    description_ja = models.TextField(_("description (Japanese)"), max_length=DESCRIPTION_MAX_LENGTH, blank=True)
    country = models.ForeignKey("geo.Country", verbose_name=_("country"), on_delete=models.PROTECT)
    region = models.ForeignKey(
        "geo.Region", verbose_name=_("European region"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="organisations",
    )
    prefecture = models.ForeignKey(
        "geo.Prefecture", verbose_name=_("prefecture"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="organisations",
    )
    city = models.CharField(_("city"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ImageField(_("logo"), upload_to="logos/", blank=True)
    member_count = models.PositiveIntegerField(
        _("number of members"), null=True, blank=True, validators=[MaxValueValidator(MAX_MEMBER_COUNT)]
    )
    sectors = models.ManyToManyField("directory.Sector", verbose_name=_("sectors"), blank=True)
    third_countries = models.ManyToManyField(
        "geo.Country", verbose_name=_("third-country interests"), blank=True, related_name="+"
    )
    office = models.ForeignKey(
        "helpdesk.Office", verbose_name=_("responsible office"), null=True,
        on_delete=models.PROTECT, related_name="organisations",
    )
    confirmed_at = models.DateTimeField(_("last confirmed current"), null=True, blank=True)
    # When the admins were last asked to confirm it (see directory.domain.staleness).
    last_reminded_at = models.DateTimeField(_("last reminded"), null=True, blank=True, editable=False)
    published_at = models.DateTimeField(null=True, blank=True)
    rejection_reason = models.TextField(_("reason for rejection"), max_length=MESSAGE_MAX_LENGTH, blank=True)
    search_text = models.TextField(blank=True, editable=False)
    # Normalised parts of the search document, kept apart to rank name matches first.
    search_name = models.TextField(blank=True, editable=False)
    search_place = models.TextField(blank=True, editable=False)
    search_sectors = models.TextField(blank=True, editable=False)

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            # Only published names are reserved: a pending profile's name is nobody else's business,
            # so a clash with one is found when the office approves, not told to the public.
            models.UniqueConstraint(
                Lower("name_en"), "country", condition=models.Q(status="published"),
                name="organisation_published_name_country_unique",
            ),
        ]

    def __str__(self):
        return localized(self, "name")

    def get_absolute_url(self):
        return reverse("directory:profile", kwargs={"slug": self.slug})

    @property
    def is_published(self):
        return self.status == OrganisationStatus.PUBLISHED

    @property
    def is_possibly_outdated(self):
        """For templates and callers holding a profile; the rule is ``staleness.is_possibly_outdated``."""
        from ejrc.directory.domain.staleness import is_possibly_outdated  # the domain imports the models

        return is_possibly_outdated(self)


class OrganisationInterest(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="interests")
    interest = models.CharField(_("interest"), max_length=20, choices=CooperationInterest.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint("organisation", "interest", name="organisation_interest_unique")
        ]

    def __str__(self):
        return self.get_interest_display()
