from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """The REST API under /api/v1/ and the personal API tokens that open it."""

    name = "ejrc.api"
    label = "api"
    verbose_name = _("API")

    def ready(self):
        from ejrc.core.navigation import MINE, MenuItem, menu

        menu.register(self.label, "tokens", MenuItem(_("API tokens"), "api-tokens:list", order=90, group=MINE))
