"""Queues by kind of task, with real workers on Redis: a busy scheduler queue never delays mail.

Runs on SQLite and PostgreSQL: the probe tasks leave their traces in files.
"""

import time
import uuid

import pytest
from task_probes import long_scheduler_run, note_mail_sent
from worker_support import Worker, require_redis, use_broker, wait_for

from ejrc.celery import app
from ejrc.core.tasks import enqueue, queue_for, route_by_kind

MAIL_WAIT_SECONDS = 20  # a worker takes mail within a second or two; the rest is a loaded machine


@pytest.fixture
def queue():
    require_redis()
    name = f"ejrc-test-{uuid.uuid4().hex[:8]}"
    with use_broker(name):
        yield name


def _lines(path):
    return path.read_text().splitlines() if path.exists() else []


def test_each_kind_of_task_has_its_own_queue():
    default = app.conf.task_default_queue
    assert route_by_kind("core.deliver_mail", (), {}, {}) == {"queue": f"{default}.mail"}
    assert route_by_kind("events.send_participant_mail", (), {}, {}) == {"queue": f"{default}.mail"}
    assert route_by_kind("partnering.refresh_opportunity_vector", (), {}, {}) == {"queue": f"{default}.embeddings"}
    assert route_by_kind("tests.long_scheduler_run", (), {}, {}) == {"queue": f"{default}.scheduler"}
    assert route_by_kind("directory.remind_stale_profiles", (), {}, {}) == {"queue": default}
    assert queue_for("default") == default
    # a worker started without --queues serves them all (the README's single worker)
    assert {queue.name for queue in app.conf.task_queues} == {default, f"{default}.mail", f"{default}.embeddings",
                                                               f"{default}.scheduler"}


def test_a_busy_scheduler_queue_does_not_delay_mail(transactional_db, queue, tmp_path):
    scheduler = Worker(queue=queue, folder=tmp_path, kinds=("scheduler",))
    mail = Worker(queue=queue, folder=tmp_path, kinds=("mail", "default"))
    try:
        enqueue(long_scheduler_run, str(tmp_path))
        enqueue(long_scheduler_run, str(tmp_path))  # a second run waits behind the first
        wait_for(lambda: _lines(tmp_path / "started"), timeout=30, what="the scheduler run to start")
        enqueue(note_mail_sent, str(tmp_path / "mail"), "sent")
        wait_for(lambda: _lines(tmp_path / "mail"), timeout=MAIL_WAIT_SECONDS, what="the mail")
        assert _lines(tmp_path / "finished") == [], "the mail went out while the scheduler was still busy"
    finally:
        (tmp_path / "release").touch()
        scheduler.stop()
        mail.stop()


def test_control_one_worker_for_every_queue_keeps_mail_waiting(transactional_db, queue, tmp_path):
    """Without a worker of its own, the mail waits for the scheduler run: what the queues prevent."""
    worker = Worker(queue=queue, folder=tmp_path)
    try:
        enqueue(long_scheduler_run, str(tmp_path))
        wait_for(lambda: _lines(tmp_path / "started"), timeout=30, what="the scheduler run to start")
        enqueue(note_mail_sent, str(tmp_path / "mail"), "sent")
        time.sleep(3)
        assert _lines(tmp_path / "mail") == []
        (tmp_path / "release").touch()
        wait_for(lambda: _lines(tmp_path / "mail"), timeout=30, what="the mail after the run")
    finally:
        (tmp_path / "release").touch()
        worker.stop()
