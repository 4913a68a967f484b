from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "ejrc.core"

    def ready(self):
        from . import activity  # noqa: F401  (copies the admin's log entries into the audit trail)
