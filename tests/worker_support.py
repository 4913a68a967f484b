"""Real Celery workers for the tests: subprocesses on Redis (database 5 by default).

The test process sends to the same queue by switching its Celery app from eager mode to the
broker for the duration of a module (``use_broker``). Without Redis the tests skip, except in
CI (``CI`` set), where a missing Redis is a failure.
"""

import os
import signal
import subprocess
import sys
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest
import redis
from django.db import connection

from ejrc.celery import app
from ejrc.core.tasks import KINDS

REDIS_URL = os.environ.get("EJRC_TEST_REDIS_URL", "redis://127.0.0.1:6379/5")
TESTS_DIR = Path(__file__).parent


def require_redis():
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError as error:
        if os.environ.get("CI"):
            pytest.fail(f"Redis is needed at {REDIS_URL}: {error}")
        pytest.skip(f"no Redis at {REDIS_URL}")


def database_url(folder):
    """The test database on PostgreSQL; on SQLite (in memory, not shareable) an empty file."""
    db = connection.settings_dict
    if connection.vendor == "postgresql":
        password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
        return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    return f"sqlite:///{folder / 'worker.sqlite3'}"


@contextmanager
def use_broker(queue):
    """Send tasks to Redis instead of running them eagerly, until the block ends."""
    previous = app.conf.task_always_eager, app.conf.broker_url, app.conf.task_default_queue
    _forget_connections()
    app.conf.update(task_always_eager=False, broker_url=REDIS_URL, task_default_queue=queue)
    try:
        yield
    finally:
        _forget_connections()
        app.conf.update(task_always_eager=previous[0], broker_url=previous[1], task_default_queue=previous[2])
        for name in queues_of(queue):
            redis.Redis.from_url(REDIS_URL).delete(
                name, f"_kombu.binding.{name}", f"_kombu.binding_permanent.{name}"
            )


def queues_of(queue, kinds=KINDS):
    """The queues of these kinds of task when ``queue`` is the default one (``core.tasks.queue_for``)."""
    return [queue if kind == "default" else f"{queue}.{kind}" for kind in kinds]


def _forget_connections():
    """Celery keeps its connection pools once made: drop them so the new broker URL is used."""
    app._pool = None
    app.amqp._producer_pool = None


class Worker:
    """``celery worker`` in a subprocess.

    The solo pool runs tasks in the worker process itself; ``prefork`` in one child process.
    It serves the queues of ``kinds`` of task (every kind unless told), ``queue`` being the default one.
    """

    def __init__(self, *, queue, folder, pool="solo", kinds=KINDS, **environment):
        self.log = folder / f"worker-{uuid.uuid4().hex[:6]}.log"
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": os.environ["DJANGO_SETTINGS_MODULE"],
            "CELERY_BROKER_URL": REDIS_URL,
            "CELERY_QUEUE": queue,
            "DATABASE_URL": database_url(folder),
            "PYTHONPATH": os.pathsep.join([str(TESTS_DIR), os.environ.get("PYTHONPATH", "")]),
            **environment,
        }
        command = [
            sys.executable, "-m", "celery", "-A", "ejrc.celery", "worker", "--pool", pool, "--concurrency", "1",
            "--queues", ",".join(queues_of(queue, kinds)), "--include", "task_probes", "--hostname", f"{self.log.stem}@%h",
            "--without-gossip", "--without-mingle", "--without-heartbeat", "--loglevel", "INFO",
        ]
        with open(self.log, "w") as log:
            self.process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT,
                                            start_new_session=True)
        wait_for(lambda: "ready." in self.output(), timeout=60, what=f"the worker to start ({self.log})",
                 alive=self.process)

    def output(self):
        return self.log.read_text()

    def kill(self):
        """SIGKILL, as the kernel's OOM killer or a pulled plug would: no chance to clean up."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()


def wait_for(condition, *, timeout, what, alive=None):
    deadline = time.monotonic() + timeout
    while not condition():
        if alive is not None and alive.poll() is not None:
            pytest.fail(f"gave up waiting for {what}: the process ended")
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what} after {timeout} s")
        time.sleep(0.1)
