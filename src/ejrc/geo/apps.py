from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GeoConfig(AppConfig):
    name = "ejrc.geo"

    def ready(self):
        from ejrc.core.navigation import MenuItem, menu
        from ejrc.core.registry import reference_data_steps

        from .domain.reference_data import load_geography

        reference_data_steps.register(self.label, "geography", load_geography)
        menu.register(self.label, "places", MenuItem(_("Places"), "geo:overview", order=50))
