"""A real Celery worker on Redis: killed mid-task it loses nothing; beat knows the periodic tasks.

These run on SQLite and PostgreSQL: the probe task leaves its traces in files, not the database.
"""

import os
import signal
import subprocess
import sys
import uuid

import pytest
from task_probes import hold_until_released, lines
from worker_support import REDIS_URL, TESTS_DIR, Worker, database_url, require_redis, use_broker, wait_for

from ejrc.core.tasks import enqueue


@pytest.fixture
def queue():
    require_redis()
    name = f"ejrc-test-{uuid.uuid4().hex[:8]}"
    with use_broker(name):
        yield name


def test_a_worker_killed_mid_task_loses_nothing(transactional_db, queue, tmp_path):
    """Late acknowledgement: the message stays in Redis until the task has run. The first
    worker dies with it unacknowledged; after the visibility timeout (3 s here, an hour in
    production) Redis hands it to the next worker, which runs it to the end."""
    started, finished = tmp_path / "started", tmp_path / "finished"
    # prefork: the worker process acknowledges for its pool process as soon as a task starts,
    # unless acknowledgement is late (the solo pool would only ever acknowledge afterwards)
    first = Worker(queue=queue, folder=tmp_path, pool="prefork", CELERY_VISIBILITY_TIMEOUT="3")
    try:
        enqueue(hold_until_released, str(tmp_path))
        wait_for(lambda: len(lines(started)) == 1, timeout=30, what="the task to start")
    finally:
        first.kill()  # the worker and its pool process
    assert lines(finished) == []
    second = Worker(queue=queue, folder=tmp_path, CELERY_VISIBILITY_TIMEOUT="3")
    try:
        wait_for(lambda: len(lines(started)) == 2, timeout=60, what="the task to be handed over")
        (tmp_path / "release").touch()
        wait_for(lambda: lines(finished) == ["finished"], timeout=30, what="the task to finish")
    finally:
        second.stop()
    assert len(lines(started)) == 2 and lines(finished) == ["finished"]


def test_a_pool_process_killed_mid_task_gives_the_task_back_at_once(transactional_db, queue, tmp_path):
    """The other way a task dies: the kernel kills the pool process running it (out of memory).
    The worker sees its child lost and, the message being unacknowledged, queues it again."""
    started, finished = tmp_path / "started", tmp_path / "finished"
    worker = Worker(queue=queue, folder=tmp_path, pool="prefork")
    try:
        enqueue(hold_until_released, str(tmp_path))
        wait_for(lambda: len(lines(started)) == 1, timeout=30, what="the task to start")
        os.kill(int(lines(started)[0]), signal.SIGKILL)
        wait_for(lambda: len(lines(started)) == 2, timeout=30, what="the task to run again")
        (tmp_path / "release").touch()
        wait_for(lambda: lines(finished) == ["finished"], timeout=30, what="the task to finish")
    finally:
        worker.stop()
    assert lines(started)[0] != lines(started)[1] and lines(finished) == ["finished"]
    assert "WorkerLostError" in worker.output()


def test_beat_schedules_the_periodic_tasks_declared_in_code(queue, tmp_path):
    log = tmp_path / "beat.log"
    env = {
        **os.environ, "DJANGO_SETTINGS_MODULE": os.environ["DJANGO_SETTINGS_MODULE"], "CELERY_BROKER_URL": REDIS_URL,
        "CELERY_QUEUE": queue, "DATABASE_URL": database_url(tmp_path), "PYTHONPATH": str(TESTS_DIR),
    }
    command = [sys.executable, "-m", "celery", "-A", "ejrc.celery", "beat", "--loglevel", "DEBUG",
               "--schedule", str(tmp_path / "beat-schedule")]
    with open(log, "w") as output:
        beat = subprocess.Popen(command, env=env, stdout=output, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_for(lambda: "Current schedule" in log.read_text(), timeout=60, what="beat to start", alive=beat)
    finally:
        os.killpg(beat.pid, signal.SIGTERM)
        beat.wait(timeout=20)
    schedule = log.read_text().split("Current schedule", 1)[1]
    assert "<ScheduleEntry: directory.remind_stale_profiles directory.remind_stale_profiles() <crontab: 0 6 1 * *" in schedule
    assert "<ScheduleEntry: core.send_waiting_mail core.send_waiting_mail() <crontab: */15 * * * *" in schedule
