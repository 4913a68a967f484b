from django.apps import AppConfig


class GeoConfig(AppConfig):
    name = "ejrc.geo"

    def ready(self):
        from ejrc.core.registry import reference_data_steps

        from .domain.reference_data import load_geography

        reference_data_steps.register(self.label, "geography", load_geography)
