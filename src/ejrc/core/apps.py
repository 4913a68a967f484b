from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "ejrc.core"

    def ready(self):
        from ejrc.core import checks  # noqa: F401  (registers the deployment checks)
