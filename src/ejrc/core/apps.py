from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class CoreConfig(AppConfig):
    name = "ejrc.core"

    def ready(self):
        # activity copies the admin's log entries into the audit trail; checks registers the
        # deployment checks.
        from . import activity, checks  # noqa: F401
        # Every process knows every task: core's own (mail) and each app's tasks.py.
        from ejrc.core import mail  # noqa: F401

        autodiscover_modules("tasks")
