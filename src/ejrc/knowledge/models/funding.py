"""Funding programmes and tools, and their deadlines."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ejrc.core.i18n import bilingual, localized
from ejrc.core.models import TimeStampedModel


class Currency(models.TextChoices):
    EUR = "EUR", "EUR"
    JPY = "JPY", "JPY"


class Instrument(TimeStampedModel):
    """A programme or tool: what it funds, who may apply, how much, how and by when.

    ``organisation_kinds`` and ``opportunity_kinds`` are lists of the directory's and
    partnering's codes; empty means any. No sector means any sector.
    """

    slug = models.SlugField(max_length=80, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=200)
    name_ja = models.CharField(_("name (Japanese)"), max_length=200, blank=True)
    managed_by_en = models.CharField(_("managed by (English)"), max_length=200, blank=True)
    managed_by_ja = models.CharField(_("managed by (Japanese)"), max_length=200, blank=True)
    summary_en = models.TextField(_("what it funds (English)"))
    summary_ja = models.TextField(_("what it funds (Japanese)"), blank=True)
    how_to_apply_en = models.TextField(_("how to apply (English)"), blank=True)
    how_to_apply_ja = models.TextField(_("how to apply (Japanese)"), blank=True)
    eu_side = models.BooleanField(_("open to applicants in Europe"), default=False)
    japan_side = models.BooleanField(_("open to applicants in Japan"), default=False)
    third_countries = models.BooleanField(_("open to applicants in third countries"), default=False)
    organisation_kinds = models.JSONField(_("kinds of organisation"), default=list, blank=True)
    opportunity_kinds = models.JSONField(_("kinds of cooperation"), default=list, blank=True)
    sectors = models.ManyToManyField("directory.Sector", verbose_name=_("sectors"), blank=True)
    amount_min = models.PositiveBigIntegerField(_("typical amount from"), null=True, blank=True)
    amount_max = models.PositiveBigIntegerField(_("typical amount up to"), null=True, blank=True)
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices, default=Currency.EUR)
    cofunding_rate = models.PositiveSmallIntegerField(_("co-funding rate (%)"), null=True, blank=True,
                                                      validators=[MaxValueValidator(100)])
    always_open = models.BooleanField(_("open all year"), default=False)
    contact = models.CharField(_("contact"), max_length=300, blank=True)
    source_url = models.URLField(_("source"), blank=True)
    published = models.BooleanField(_("published"), default=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "name_en"]
        verbose_name = _("funding instrument")
        verbose_name_plural = _("funding instruments")
        constraints = [
            models.CheckConstraint(condition=models.Q(cofunding_rate__lte=100) | models.Q(cofunding_rate=None),
                                   name="instrument_cofunding_is_a_percentage"),
        ]

    def __str__(self):
        return localized(self, "name")

    def get_absolute_url(self):
        return reverse("knowledge:instrument", kwargs={"slug": self.slug})

    @property
    def name(self):
        return bilingual(self, "name")

    def clean(self):
        if self.amount_min and self.amount_max and self.amount_min > self.amount_max:
            raise ValidationError({"amount_max": _("The upper amount must not be below the lower one.")})


class Deadline(models.Model):
    """A call's closing date. Entering one in the past is refused; once passed it shows as closed."""

    instrument = models.ForeignKey(Instrument, on_delete=models.CASCADE, related_name="deadlines")
    closes_on = models.DateField(_("closes on"), db_index=True)
    label_en = models.CharField(_("call (English)"), max_length=200, blank=True)
    label_ja = models.CharField(_("call (Japanese)"), max_length=200, blank=True)

    class Meta:
        ordering = ["closes_on"]
        verbose_name = _("deadline")
        verbose_name_plural = _("deadlines")

    def __str__(self):
        return f"{self.instrument} {self.closes_on:%Y-%m-%d}"

    @property
    def label(self):
        return localized(self, "label")

    @property
    def is_closed(self):
        return self.closes_on < timezone.localdate()

    def clean(self):
        """A new or moved deadline must be today or later; one that passed may stay as it is."""
        if self.closes_on is None:
            return
        unchanged = self.pk and Deadline.objects.filter(pk=self.pk, closes_on=self.closes_on).exists()
        if not unchanged and self.closes_on < timezone.localdate():
            raise ValidationError({"closes_on": _(
                "This deadline (%(date)s) is in the past. Enter the next call's closing date, "
                "or tick \"open all year\" on the programme.") % {"date": self.closes_on.isoformat()}})
