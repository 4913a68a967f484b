from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """Conferences with a programme across time zones, registration and waiting lists."""

    name = "ejrc.events"
    verbose_name = _("Events")

    def ready(self):
        """Add the events' step to ``ejrc load-demo-content`` (the directory does not know us)."""
        from ejrc.core.navigation import MINE, MenuItem, menu
        from ejrc.core.registry import demo_content_steps

        from .domain.demo import load_event_demo

        demo_content_steps.register(self.label, "events", load_event_demo)
        menu.register(self.label, "events", MenuItem(_("Events"), "events:list", order=30))
        menu.register(self.label, "agenda", MenuItem(_("My agenda"), "events:agenda", order=30, group=MINE))
