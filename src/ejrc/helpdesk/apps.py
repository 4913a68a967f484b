from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HelpdeskConfig(AppConfig):
    """The three offices, which place each looks after, and the inquiry desk."""

    name = "ejrc.helpdesk"
    verbose_name = _("Helpdesk")

    def ready(self):
        """The header's entries and the demo's inquiries (core knows neither). The FAQ, the
        figures and the FAQ editor are linked from the inquiry pages, to keep the header short."""
        from ejrc.core.navigation import STAFF, MenuItem, menu
        from ejrc.core.registry import demo_content_steps

        from .domain.demo import load_helpdesk_demo

        menu.register(self.label, "ask", MenuItem(_("Ask the helpdesk"), "helpdesk:ask", order=60))
        menu.register(self.label, "inbox", MenuItem(_("Inquiries"), "helpdesk:inbox", order=50, group=STAFF,
                                                    permission="helpdesk.staff_menu"))
        demo_content_steps.register(self.label, "inquiries", load_helpdesk_demo)
