from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartneringConfig(AppConfig):
    name = "ejrc.partnering"
    verbose_name = _("Partnering")

    def ready(self):
        """Add partnering's figures to the home page (the directory's, which knows no partnering),
        keep match vectors current when profiles change, and add the demo's partnering step."""
        from django.db.models.signals import post_save
        from django.utils import timezone

        from ejrc.core.cache import cached, invalidate_on

        from ejrc.core.navigation import MINE, STAFF, MenuItem, menu
        from ejrc.core.registry import demo_content_steps
        from ejrc.directory.home_sections import home_sections
        from ejrc.directory.models import Organisation
        from ejrc.geo.sections import PlaceSection

        from .domain.demo import load_partnering_demo
        from .domain.outcomes import home_figures
        from .models import ExpressionOfInterest, Opportunity, OpportunityPartnerKind, Outcome
        from .domain.vectors import profile_saved

        home_sections.register(self.label, "figures", PlaceSection(
            "partnering/_home_figures.html",
            lambda _place: cached("partnering:home", home_figures, key=(timezone.localdate().isoformat(),))))
        invalidate_on(Opportunity, OpportunityPartnerKind, ExpressionOfInterest, Outcome)
        demo_content_steps.register(self.label, "partnering", load_partnering_demo)
        post_save.connect(profile_saved, sender=Organisation, dispatch_uid="partnering-profile-vector")
        for name, item in {
            "board": MenuItem(_("Opportunities"), "partnering:board", order=20),
            "map": MenuItem(_("Cooperation map"), "partnering:map", order=40),
            "mine": MenuItem(_("My opportunities"), "partnering:mine", order=20, group=MINE),
            "alerts": MenuItem(_("Saved searches"), "partnering:alerts", order=25, group=MINE),
            "validation": MenuItem(_("Opportunities to validate"), "partnering:validation-queue", order=20,
                                   group=STAFF, permission="partnering.view_validation_queue"),
            "pipeline": MenuItem(_("Partnership pipeline"), "partnering:pipeline", order=30, group=STAFF,
                                 permission="partnering.view_pipeline"),
        }.items():
            menu.register(self.label, name, item)
