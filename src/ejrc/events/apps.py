from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """Conferences with a programme across time zones, registration and waiting lists."""

    name = "ejrc.events"
    verbose_name = _("Events")
