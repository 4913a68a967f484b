from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class RunStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting for a worker")
    RUNNING = "running", _("Running")
    FINISHED = "finished", _("Finished")
    STOPPED = "stopped", _("Stopped: best schedule so far kept")
    FAILED = "failed", _("Failed")
    PUBLISHED = "published", pgettext_lazy("b2b", "Published")


LIVE_RUN = (RunStatus.QUEUED, RunStatus.RUNNING)
WITH_DRAFT = (RunStatus.FINISHED, RunStatus.STOPPED)


class SchedulingRun(models.Model):
    """One run of the solver for an event. ``progress`` holds the solver's latest figures;
    ``heartbeat_at`` is renewed while a worker holds the run: a run whose heartbeat is older
    than the lease is marked failed (its worker died)."""

    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="b2b_runs")
    status = models.CharField(max_length=10, choices=RunStatus.choices, default=RunStatus.QUEUED, db_index=True)
    started_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    time_limit = models.PositiveIntegerField(default=30)
    allow_moves = models.BooleanField(default=False)
    created = models.DateTimeField(auto_now_add=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    stop_requested = models.BooleanField(default=False)
    progress = models.JSONField(default=dict, blank=True)
    figures = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-created", "-id"]
        constraints = [
            models.UniqueConstraint("event", condition=models.Q(status__in=LIVE_RUN), name="b2b_one_live_run"),
        ]

    def __str__(self):
        return f"run {self.pk} ({self.status})"

    @property
    def is_live(self):
        return self.status in LIVE_RUN

    @property
    def has_draft(self):
        return self.status in WITH_DRAFT


class Placement(models.Model):
    """A run's draft place for one meeting (``slot`` empty: left out, with ``reason``)."""

    run = models.ForeignKey(SchedulingRun, on_delete=models.CASCADE, related_name="placements")
    meeting = models.ForeignKey("meetings.Meeting", on_delete=models.CASCADE, related_name="+")
    slot = models.ForeignKey("meetings.Slot", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    table = models.PositiveSmallIntegerField(null=True, blank=True)
    reason = models.CharField(max_length=200, blank=True)
    moved = models.BooleanField(default=False)

    class Meta:
        ordering = ["slot__number", "table", "id"]
        constraints = [models.UniqueConstraint("run", "meeting", name="b2b_placement_once")]
