"""Tasks used by the tests only; the test workers import this module with ``--include``.

They leave their traces in files, so that a test can watch a separate worker process.
"""

import os
import time
from pathlib import Path

from ejrc.core.tasks import task


@task(name="tests.append_line")
def append_line(path, text):
    with open(path, "a") as file:
        file.write(text + "\n")


@task(name="tests.fail_twice_then_succeed", max_retries=3, retry_delay=1)
def fail_twice_then_succeed(path):
    """Records the time of each attempt; the first two fail."""
    with open(path, "a") as file:
        file.write(f"{time.time()}\n")
    if len(Path(path).read_text().splitlines()) <= 2:
        raise ConnectionError("the partner service is down")


@task(name="tests.always_fail", max_retries=1, retry_delay=1)
def always_fail(reason):
    raise RuntimeError(reason)


@task(name="tests.hold_until_released")
def hold_until_released(folder):
    """Notes its start (the process id), waits for a ``release`` file (at most a minute), then notes its end."""
    folder = Path(folder)
    with open(folder / "started", "a") as file:
        file.write(f"{os.getpid()}\n")
    deadline = time.monotonic() + 60
    while not (folder / "release").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    with open(folder / "finished", "a") as file:
        file.write("finished\n")


def lines(path):
    path = Path(path)
    return path.read_text().splitlines() if path.exists() else []


@task(name="tests.long_scheduler_run", kind="scheduler")
def long_scheduler_run(folder):
    """A meeting scheduler run stand-in: holds its worker until released, like ``hold_until_released``."""
    hold_until_released.run(folder)


@task(name="tests.note_mail_sent", kind="mail")
def note_mail_sent(path, text):
    """A mail stand-in: notes when it ran."""
    with open(path, "a") as file:
        file.write(f"{text} {time.time()}\n")
