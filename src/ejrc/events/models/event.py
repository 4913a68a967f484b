import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ejrc.core.i18n import localized
from ejrc.core.models import TimeStampedModel


def validate_time_zone(name):
    """An IANA zone name that this machine's zone database knows (``Europe/Paris``)."""
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            _("“%(name)s” is not a time zone; use a name such as Europe/Paris or Asia/Tokyo."),
            code="unknown_time_zone", params={"name": name},
        ) from None


RESERVED_SLUGS = ("archive", "my-agenda", "new")  # addresses of their own under /events/


def validate_event_slug(slug):
    if slug in RESERVED_SLUGS:
        raise ValidationError(_("“%(slug)s” is taken by a page of the site; choose another address."),
                              code="reserved_slug", params={"slug": slug})


class EventFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid")


class Event(TimeStampedModel):
    """A conference or matchmaking event, held in its own time zone.

    Dates are calendar days in ``time_zone``; session times are stored in UTC.
    ``capacity`` and ``registration_deadline`` are optional (no limit when empty).
    """

    slug = models.SlugField(max_length=120, unique=True, validators=[validate_event_slug])
    title_en = models.CharField(_("title (English)"), max_length=200)
    title_ja = models.CharField(_("title (Japanese)"), max_length=200, blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    description_ja = models.TextField(_("description (Japanese)"), blank=True)
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    time_zone = models.CharField(_("time zone"), max_length=64, validators=[validate_time_zone])
    format = models.CharField(_("format"), max_length=12, choices=EventFormat.choices,
                              default=EventFormat.IN_PERSON)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.TextField(_("address"), blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    office = models.ForeignKey("helpdesk.Office", verbose_name=_("organising office"),
                               on_delete=models.PROTECT, related_name="events")
    organisers = models.ManyToManyField(settings.AUTH_USER_MODEL, verbose_name=_("organisers"),
                                        related_name="organised_events", blank=True)
    co_organisers = models.ManyToManyField("directory.Organisation", verbose_name=_("co-organisers"),
                                           related_name="co_organised_events", blank=True)
    is_published = models.BooleanField(_("published"), default=False)
    capacity = models.PositiveIntegerField(_("capacity"), null=True, blank=True)
    registration_deadline = models.DateTimeField(_("registration deadline"), null=True, blank=True)
    requires_approval = models.BooleanField(_("registrations need an organiser's approval"), default=False)
    outcomes_en = models.TextField(_("outcomes (English)"), blank=True)
    outcomes_ja = models.TextField(_("outcomes (Japanese)"), blank=True)

    class Meta:
        ordering = ["starts_on", "slug"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [
            models.CheckConstraint(condition=models.Q(ends_on__gte=models.F("starts_on")),
                                   name="event_ends_after_start"),
        ]

    def __str__(self):
        return localized(self, "title")

    def get_absolute_url(self):
        return reverse("events:detail", kwargs={"slug": self.slug})

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)


class EventQuestion(models.Model):
    """One of the event's own questions, asked on its registration form."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="questions")
    label_en = models.CharField(_("question (English)"), max_length=300)
    label_ja = models.CharField(_("question (Japanese)"), max_length=300, blank=True)
    required = models.BooleanField(_("answer required"), default=False)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("registration question")
        verbose_name_plural = _("registration questions")

    def __str__(self):
        return localized(self, "label")
