from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "ejrc.directory"

    def ready(self):
        """Contribute to the apps below: place page sections, a reference-data step, and the
        answer to region changes (they do not know the directory)."""
        from ejrc.core.navigation import MINE, STAFF, MenuItem, menu
        from ejrc.core.cache import invalidate_on
        from ejrc.core.registry import reference_data_steps
        from ejrc.geo.models import Country, Prefecture, Region
        from ejrc.geo.signals import regions_changed

        from .models import CooperationLink, Label, Organisation, OrganisationInterest
        from .places import register_place_sections
        from .receivers import rehome_and_reindex
        from .reference_data import load_directory_data

        register_place_sections(self.label)
        invalidate_on(Organisation, OrganisationInterest, Label, CooperationLink, Region, Prefecture, Country)
        reference_data_steps.register(self.label, "sectors and twinnings", load_directory_data)
        regions_changed.connect(rehome_and_reindex, dispatch_uid="directory-regions-changed")
        for name, item in {
            "directory": MenuItem(_("Directory"), "directory:search", order=10),
            "mine": MenuItem(_("My organisations"), "directory:mine", order=10, group=MINE),
            "validation": MenuItem(_("Profiles to validate"), "directory:validation-queue", order=10, group=STAFF,
                                   permission="directory.view_validation_queue"),
            "agreements": MenuItem(_("Agreements"), "directory:agreements", order=40, group=STAFF,
                                   permission="directory.manage_agreements"),
            "import": MenuItem(_("Import profiles"), "directory:import", order=45, group=STAFF,
                               permission="directory.import_organisations"),
            # core's page (core has no menu of its own): tasks that kept failing, for staff
            "failed-tasks": MenuItem(_("Failed background tasks"), "failed-tasks", order=90, group=STAFF,
                                     permission="core.view_failed_tasks"),
        }.items():
            menu.register(self.label, name, item)
