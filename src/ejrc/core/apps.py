from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "ejrc.core"

    def ready(self):
        # activity copies the admin's log entries into the audit trail; checks registers the
        # deployment checks.
        from . import activity, checks  # noqa: F401
