from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    """B2B matchmaking at events: requests, scheduling runs, agendas, re-planning."""

    name = "ejrc.meetings"
    verbose_name = _("B2B meetings")

    def ready(self):
        """Show the B2B part on the event page and the organisers' tools (events knows no meetings),
        and add the B2B demo to ``ejrc load-demo-content``."""
        from ejrc.core.registry import demo_content_steps
        from ejrc.events.sections import EventSection, event_sections

        from .domain.demo import load_b2b_demo
        from .sections import b2b_section_context

        event_sections.register(self.label, "b2b", EventSection("meetings/_event_section.html", b2b_section_context))
        demo_content_steps.register(self.label, "b2b meetings", load_b2b_demo)
