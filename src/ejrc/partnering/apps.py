from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartneringConfig(AppConfig):
    name = "ejrc.partnering"
    verbose_name = _("Partnering")

    def ready(self):
        """Add partnering's figures to the home page (the directory's, which knows no partnering)."""
        from ejrc.directory.home_sections import home_sections
        from ejrc.geo.sections import PlaceSection

        from .domain.outcomes import home_figures

        home_sections.register(self.label, "figures", PlaceSection(
            "partnering/_home_figures.html", lambda _place: home_figures()))
