"""Scheduling runs: started by an organiser, solved by a background task, stopped at will.

A worker claims a queued run (one UPDATE), then renews ``heartbeat_at`` every few seconds
from a thread of its own while the solver works, copying the solver's latest figures into
``progress`` and reading the stop button. A run whose heartbeat is older than ``LEASE`` lost
its worker: :func:`expire_dead_runs` marks it failed, and the organiser can start another.
"""

import datetime as dt
import threading

from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ejrc.core.activity import log_action
from ejrc.core.tasks import enqueue
from ejrc.meetings.models import LIVE_RUN, B2BSetup, RunStatus, SchedulingRun

from .instance import build_instance
from .results import store_result
from .solving import run_solver

HEARTBEAT_SECONDS = 2
LEASE = dt.timedelta(seconds=30)
QUEUED_LEASE = dt.timedelta(minutes=10)


def start_run(*, actor, event, time_limit=30, allow_moves=False):
    from ejrc.meetings.tasks import run_scheduler

    expire_dead_runs(event=event)
    if not event.b2b_meetings.filter(status="active").exists():
        raise ValidationError(_("There is no accepted meeting to schedule yet."))
    try:
        with transaction.atomic():
            run = SchedulingRun.objects.create(event=event, started_by=actor, time_limit=time_limit,
                                               allow_moves=allow_moves)
            log_action(actor=actor, action="meetings.run.start", subject=run)
            enqueue(run_scheduler, run.pk)
    except IntegrityError:
        raise ValidationError(_("A scheduling run is already under way for this event.")) from None
    return run


def stop_run(*, actor, run):
    """Ask the run to stop and keep its best schedule. Returns False when it had ended already."""
    asked = SchedulingRun.objects.filter(pk=run.pk, status__in=LIVE_RUN).update(stop_requested=True)
    if asked:
        log_action(actor=actor, action="meetings.run.stop", subject=run)
    return bool(asked)


def expire_dead_runs(*, event=None, now=None):
    """Mark failed the runs whose worker stopped renewing their lease; returns how many."""
    now = now or timezone.now()
    runs = SchedulingRun.objects.filter(status__in=LIVE_RUN)
    if event is not None:
        runs = runs.filter(event=event)
    dead = (runs.filter(status=RunStatus.RUNNING, heartbeat_at__lt=now - LEASE)
            | runs.filter(status=RunStatus.QUEUED, created__lt=now - QUEUED_LEASE))
    return SchedulingRun.objects.filter(pk__in=list(dead.values_list("pk", flat=True))).update(
        status=RunStatus.FAILED, finished_at=now, error="The worker stopped answering; start the run again.")


def claim(run_id):
    """Take a queued run for this worker; False when it is not queued (a redelivered message)."""
    return bool(SchedulingRun.objects.filter(pk=run_id, status=RunStatus.QUEUED).update(
        status=RunStatus.RUNNING, heartbeat_at=timezone.now()))


class _Heartbeat(threading.Thread):
    """Renews the lease, stores the latest progress and reads the stop button, every few seconds."""

    def __init__(self, run_id):
        super().__init__(daemon=True)
        self.run_id, self.latest, self.stop_asked, self.done = run_id, {}, threading.Event(), threading.Event()

    def run(self):
        try:
            while not self.done.wait(HEARTBEAT_SECONDS):
                self.beat()
        finally:
            connection.close()

    def beat(self):
        runs = SchedulingRun.objects.filter(pk=self.run_id, status=RunStatus.RUNNING)
        runs.update(heartbeat_at=timezone.now(), progress=dict(self.latest))
        if runs.filter(stop_requested=True).exists():
            self.stop_asked.set()

    def is_set(self):  # the solver's ``stop`` object
        return self.stop_asked.is_set()


def execute_run(run_id):
    """The task's body: solve the run's event and store the draft (or the failure)."""
    if not claim(run_id):
        return None
    run = SchedulingRun.objects.select_related("event").get(pk=run_id)
    heartbeat = _Heartbeat(run_id)
    heartbeat.start()
    try:
        setup = B2BSetup.objects.get(event=run.event)
        instance = build_instance(run.event, setup=setup, allow_moves=run.allow_moves)
        solved = run_solver(instance, time_limit=run.time_limit, progress=heartbeat.latest.update,
                            stop=heartbeat)
    except Exception as error:
        heartbeat.done.set()
        SchedulingRun.objects.filter(pk=run_id).update(status=RunStatus.FAILED, finished_at=timezone.now(),
                                                       error=f"{type(error).__name__}: {error}")
        raise
    heartbeat.done.set()
    heartbeat.join()
    stopped = SchedulingRun.objects.filter(pk=run_id, stop_requested=True).exists()
    return store_result(run_id=run_id, data=instance, solved=solved, stopped=stopped, progress=dict(heartbeat.latest))
