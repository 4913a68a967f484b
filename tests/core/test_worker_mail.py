"""Mail and retries through a real Celery worker on Redis, sharing the test database (PostgreSQL).

The worker is a subprocess, so it needs a database that another process can open: on SQLite
the test database lives in memory and these tests skip. ``.ci/run`` runs them on PostgreSQL.
"""

import time
import uuid
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone
from smtp_support import MailServer
from task_probes import always_fail, fail_twice_then_succeed, lines
from worker_support import Worker, require_redis, use_broker, wait_for

from ejrc.core.mail import requeue_waiting_mail, send_mail_to
from ejrc.core.models import FailedTask, OutgoingMail
from ejrc.core.tasks import enqueue

AWKWARD = "R&D <Lab> O'Brien"
pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def smtp():
    server = MailServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def worker(django_db_setup, django_db_blocker, smtp, tmp_path_factory):
    """One worker for the module, on the test database, sending to the loopback SMTP server."""
    with django_db_blocker.unblock():
        if connection.vendor != "postgresql":
            pytest.skip("a worker process cannot open SQLite's in-memory test database")
    require_redis()
    queue = f"ejrc-test-{uuid.uuid4().hex[:8]}"
    with use_broker(queue):
        worker = Worker(queue=queue, folder=tmp_path_factory.mktemp("worker"), EMAIL_HOST="127.0.0.1",
                        EMAIL_PORT=str(smtp.port), EMAIL_TIMEOUT="5",
                        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend")
        yield worker
        worker.stop()


@pytest.fixture
def inbox(smtp):
    """The module's server, running and empty at the start of each test."""
    if not smtp.running:
        smtp.start()
    smtp.messages.clear()
    return smtp


def greet(address):
    return send_mail_to([(address, "ja")], template="tests/email/greeting", context={"name": AWKWARD},
                        link=("home", {}))[0]


def test_mail_is_sent_by_the_worker_and_marked_sent(transactional_db, worker, inbox, test_templates):
    mail = greet("tanaka@example.jp")
    wait_for(lambda: len(inbox.messages) == 1, timeout=30, what="the worker to send the mail")
    assert inbox.messages[0]["Subject"] == f"日本語: {AWKWARD}"
    wait_for(lambda: OutgoingMail.objects.get(pk=mail.pk).sent_at is not None, timeout=10, what="the mail marked sent")


def test_an_smtp_outage_delays_mail_through_the_worker_and_loses_none(
    transactional_db, worker, inbox, test_templates
):
    inbox.stop()
    mail = greet("tanaka@example.jp")
    wait_for(lambda: OutgoingMail.objects.get(pk=mail.pk).attempts == 1, timeout=30, what="a first attempt")
    waiting = OutgoingMail.objects.get(pk=mail.pk)
    assert waiting.sent_at is None and waiting.last_error
    inbox.start()  # the worker retries 10 s after the first failure
    wait_for(lambda: len(inbox.messages) == 1, timeout=60, what="the retry to deliver the mail")
    wait_for(lambda: OutgoingMail.objects.get(pk=mail.pk).sent_at is not None, timeout=10, what="the mail marked sent")
    assert requeue_waiting_mail(now=timezone.now() + timedelta(hours=1)) == 0  # nothing left waiting
    time.sleep(2)
    assert len(inbox.messages) == 1 and OutgoingMail.objects.get(pk=mail.pk).attempts == 2


def test_the_worker_retries_with_growing_delays_and_records_what_keeps_failing(
    transactional_db, worker, tmp_path
):
    attempts = tmp_path / "attempts"
    enqueue(fail_twice_then_succeed, str(attempts))
    enqueue(always_fail, "the archive is unreachable")
    wait_for(lambda: len(lines(attempts)) == 3, timeout=30, what="three attempts")
    first, second, third = (float(line) for line in lines(attempts))
    assert 1 <= second - first < third - second  # 1 s, then 2 s
    wait_for(lambda: FailedTask.objects.exists(), timeout=30, what="the failure to be recorded")
    failed = FailedTask.objects.get()
    assert (failed.name, failed.args, failed.error) == (
        "tests.always_fail", ["the archive is unreachable"], "RuntimeError: the archive is unreachable"
    )
    time.sleep(1)
    assert len(lines(attempts)) == 3 and not FailedTask.objects.filter(name="tests.fail_twice_then_succeed").exists()
