"""The Celery application: background tasks run by ``celery -A ejrc.celery worker`` and ``beat``.

Configuration comes from Django's settings (the ``CELERY_*`` names). Without
``CELERY_BROKER_URL`` every task runs eagerly in the process that queued it, after the
transaction commits, so development needs no broker. Tasks are declared with
:func:`ejrc.core.tasks.task` in each app's ``tasks.py``, which ``CoreConfig.ready`` imports
when Django starts (in the web process, a worker and beat alike).
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ejrc.settings")

app = Celery("ejrc")
app.config_from_object("django.conf:settings", namespace="CELERY")


@app.on_after_finalize.connect
def _schedule_periodic_tasks(sender, **kwargs):
    """Beat's timetable is the ``schedule=`` given to each task, declared next to its code."""
    from ejrc.core.tasks import periodic_schedule

    sender.conf.beat_schedule.update(periodic_schedule())
