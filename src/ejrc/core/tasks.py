"""Background work: declare a task with :func:`task`, queue it with :func:`enqueue`.

With ``CELERY_BROKER_URL`` set, tasks run on Celery workers (``celery -A ejrc.celery worker``);
without it they run eagerly in the process that queued them. Either way a task starts only
after the transaction that queued it commits, so it sees what was saved and a rolled-back
change queues nothing.

Tasks take ids and plain values, never model instances: a worker reads the current rows.
A failing task is retried with exponential backoff; when its retries are spent (or, with no
broker, at once) it is recorded as a :class:`~ejrc.core.models.FailedTask` for staff, who can
queue it again from the admin. Periodic tasks carry their ``schedule`` for Celery beat.

Each task has a ``kind`` and goes to that kind's queue (:func:`queue_for`): ``mail``,
``embeddings``, ``scheduler`` (meeting scheduler runs, minutes long) or ``default``. A worker
serves the queues it is started with (``celery worker -Q ejrc.mail``), so a long scheduler
run never keeps a mail waiting; the README lists one worker command per queue.
"""

import logging

from celery import Task
from celery.utils.time import get_exponential_backoff_interval
from django.db import transaction
from kombu import Queue
from django.utils import timezone

from ejrc.celery import app

logger = logging.getLogger(__name__)

FIRST_RETRY_SECONDS = 10
# Kept well below the broker's visibility timeout (settings), or a delayed retry would be redelivered.
LONGEST_RETRY_SECONDS = 600
PLAIN_TYPES = (str, int, float, bool, type(None))

KINDS = ("mail", "embeddings", "scheduler", "default")

_periodic = {}
_kinds = {}


def queue_for(kind):
    """The queue of a kind of task: ``ejrc.mail`` (the default queue's name, a dot, the kind);
    the default kind keeps the default queue (``CELERY_QUEUE``, ``ejrc``)."""
    default = app.conf.task_default_queue
    return default if kind == "default" else f"{default}.{kind}"


def all_queues():
    return [queue_for(kind) for kind in KINDS]


def route_by_kind(name, args, kwargs, options, task=None, **extra):
    """Celery's router (``task_routes``): each declared task to its kind's queue."""
    return {"queue": queue_for(_kinds.get(name, "default"))}


app.conf.task_routes = (route_by_kind,)
# A worker started without --queues serves every queue, as a single worker always did.
app.conf.task_queues = [Queue(name) for name in all_queues()]


class RecordedTask(Task):
    """A Celery task whose final failure is kept for staff rather than dropped."""

    def on_failure(self, exc, task_id, args, kwargs, einfo):
        record_failure(name=self.name, args=args, kwargs=kwargs, error=exc, traceback=str(einfo))


def task(*, name, max_retries=8, retry_delay=FIRST_RETRY_SECONDS, schedule=None, kind="default"):
    """Declare a background task; ``schedule`` (a ``celery.schedules.crontab``) makes it periodic;
    ``kind`` (one of :data:`KINDS`) chooses its queue.

    ``name`` is the stable name queued messages carry, e.g. ``"directory.remind_stale_profiles"``.
    A failure is retried after ``retry_delay`` seconds, then twice as long each time (at most
    ``LONGEST_RETRY_SECONDS``), ``max_retries`` times.
    Declare tasks in the app's ``tasks.py``: every app's is imported when Django starts.
    """

    if kind not in KINDS:
        raise ValueError(f"unknown kind of task {kind!r}: one of {', '.join(KINDS)}")

    def declare(func):
        def run(self, *args, **kwargs):
            try:
                return func(*args, **kwargs)
            except Exception as error:
                if self.request.is_eager:  # no broker: nothing could retry it later
                    raise
                delay = get_exponential_backoff_interval(
                    retry_delay, self.request.retries, LONGEST_RETRY_SECONDS, full_jitter=False
                )
                raise self.retry(exc=error, countdown=delay) from error

        run.__doc__ = func.__doc__
        declared = app.task(name=name, base=RecordedTask, bind=True, max_retries=max_retries)(run)
        _kinds[name] = kind
        if schedule is not None:
            _periodic[name] = schedule
        return declared

    return declare


def enqueue(task, *args, **kwargs):
    """Run ``task(*args, **kwargs)`` in the background once the current transaction commits."""
    for value in [*args, *kwargs.values()]:
        _check_plain(value)

    def send():
        try:
            task.apply_async(args, kwargs)
        except Exception as error:  # the broker is unreachable: keep the work for staff
            logger.exception("Could not queue %s", task.name)
            record_failure(name=task.name, args=args, kwargs=kwargs, error=error, traceback="")

    transaction.on_commit(send)


def record_failure(*, name, args, kwargs, error, traceback):
    """Keep a failed task for staff; the same task and arguments failing again share one row."""
    from ejrc.core.models import FailedTask

    args, kwargs = list(args or []), dict(kwargs or {})
    message = f"{type(error).__name__}: {error}"
    for failed in FailedTask.objects.filter(name=name, resolved_at=None):
        if failed.args == args and failed.kwargs == kwargs:
            failed.failures += 1
            failed.error, failed.traceback = message, traceback
            failed.save(update_fields=["failures", "error", "traceback", "updated"])
            return failed
    return FailedTask.objects.create(name=name, args=args, kwargs=kwargs, error=message, traceback=traceback)


def requeue_failed_task(failed):
    """Queue a recorded task again (the admin's action) and mark the record resolved.

    Returns False, changing nothing, for a task that no longer exists under that name.
    """
    if failed.name not in app.tasks:
        return False
    enqueue(app.tasks[failed.name], *failed.args, **failed.kwargs)
    failed.resolved_at = timezone.now()
    failed.save(update_fields=["resolved_at", "updated"])
    return True


def periodic_schedule():
    """Celery beat's entries: one per task declared with a ``schedule``."""
    return {name: {"task": name, "schedule": schedule} for name, schedule in _periodic.items()}


def _check_plain(value):
    if isinstance(value, (list, tuple)):
        for item in value:
            _check_plain(item)
    elif isinstance(value, dict):
        for item in value.values():
            _check_plain(item)
    elif not isinstance(value, PLAIN_TYPES):
        raise TypeError(f"Tasks take ids and plain values, not {type(value).__name__}: pass its id.")
