from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ejrc.core.i18n import localized


class Day(models.Model):
    """A day of the programme, a calendar date in the event's time zone."""

    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="days")
    date = models.DateField(_("date"))
    label_en = models.CharField(_("label (English)"), max_length=120, blank=True)
    label_ja = models.CharField(_("label (Japanese)"), max_length=120, blank=True)

    class Meta:
        ordering = ["date"]
        verbose_name = _("day")
        verbose_name_plural = _("days")
        constraints = [models.UniqueConstraint("event", "date", name="event_day_unique")]

    def __str__(self):
        return localized(self, "label") or self.date.isoformat()


class Room(models.Model):
    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="rooms")
    name_en = models.CharField(_("name (English)"), max_length=120)
    name_ja = models.CharField(_("name (Japanese)"), max_length=120, blank=True)

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("room")
        verbose_name_plural = _("rooms")
        constraints = [models.UniqueConstraint("event", "name_en", name="event_room_unique")]

    def __str__(self):
        return localized(self, "name")


class SessionKind(models.TextChoices):
    PLENARY = "plenary", _("Plenary")
    PANEL = "panel", _("Panel")
    PITCH = "pitch", _("Pitch session")
    B2B = "b2b", _("B2B matchmaking")
    SITE_VISIT = "site_visit", _("Site visit")
    NETWORKING = "networking", _("Networking")


class Session(models.Model):
    """A slot of the programme. Times are stored in UTC and shown in the event's zone.

    ``capacity`` limits site visits (the other kinds are open to every participant);
    ``for_both_sides`` marks an online or hybrid session meant for Europe and Japan together.
    """

    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="sessions")
    day = models.ForeignKey(Day, on_delete=models.CASCADE, related_name="sessions")
    room = models.ForeignKey(Room, null=True, blank=True, on_delete=models.SET_NULL, related_name="sessions")
    kind = models.CharField(_("kind"), max_length=12, choices=SessionKind.choices)
    title_en = models.CharField(_("title (English)"), max_length=200)
    title_ja = models.CharField(_("title (Japanese)"), max_length=200, blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    description_ja = models.TextField(_("description (Japanese)"), blank=True)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    for_both_sides = models.BooleanField(_("online for Europe and Japan together"), default=False)
    capacity = models.PositiveIntegerField(_("places"), null=True, blank=True)
    departure_point = models.CharField(_("departure point"), max_length=200, blank=True)
    transport = models.CharField(_("transport"), max_length=200, blank=True)
    call_open = models.BooleanField(_("call for pitches open"), default=False)
    running_order_published = models.BooleanField(_("running order published"), default=False)

    class Meta:
        ordering = ["starts_at", "id"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        constraints = [
            models.CheckConstraint(condition=models.Q(ends_at__gt=models.F("starts_at")),
                                   name="session_ends_after_start"),
        ]

    def __str__(self):
        return localized(self, "title")

    @property
    def is_site_visit(self):
        return self.kind == SessionKind.SITE_VISIT

    @property
    def is_choosable(self):
        """Participants pick site visits and sessions with a limited number of places."""
        return self.is_site_visit or self.capacity is not None


class Speaker(models.Model):
    """Who speaks in a session; linked to a person or an organisation of the platform if known."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="speakers")
    name = models.CharField(_("name"), max_length=150)
    name_ja = models.CharField(_("name in Japanese"), max_length=150, blank=True)
    role = models.CharField(_("role"), max_length=200, blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="+", verbose_name=_("person"))
    organisation = models.ForeignKey("directory.Organisation", null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="+",
                                     verbose_name=_("organisation"))
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")

    def __str__(self):
        return localized(self, "name") if self.name_ja else self.name

    @property
    def name_en(self):
        return self.name
