"""Real parallel transactions on PostgreSQL, to test the code paths that take row locks.

Each call runs in a thread of its own, hence on a database connection of its own, and the
threads start together. A race needs both transactions to have *read* before either *writes*;
``pause_after`` makes that happen every time: each thread waits for the others right after its
first query whose SQL contains the given text (say the table that the path locks). A thread
held up by another's row lock never arrives; the others go on after ``wait`` seconds, so with
locks the transactions run one after the other, and without them they interleave.

``locks_off()`` is the control: ``select_for_update()`` does nothing inside it, which shows
that the race exists and that the locks are what prevent it. Our own code is not changed.

Tests using this need committed data (``transactional_db``) and PostgreSQL (``postgres_only``).

    with locks_off():
        outcomes = run_concurrently(lambda: answer(accept=True), lambda: answer(accept=False),
                                    pause_after='"directory_contactrequest"')
    assert [o.error for o in outcomes] == [None, None]   # both answered: the race
"""

import threading
from contextlib import contextmanager
from dataclasses import dataclass

import pytest
from django.db import connection
from django.db.models.query import QuerySet

postgres_only = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL"),
    pytest.mark.django_db(transaction=True),
]


@dataclass
class Outcome:
    """What one call gave back, or the exception it raised."""

    value: object = None
    error: BaseException | None = None

    @property
    def ok(self):
        return self.error is None


class _PauseAfter:
    """An execute wrapper: after the first query containing ``fragment``, wait at ``barrier``."""

    def __init__(self, fragment, barrier, wait):
        self.fragment, self.barrier, self.wait, self.paused = fragment, barrier, wait, False

    def __call__(self, execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if self.fragment and not self.paused and self.fragment in sql:
            self.paused = True
            try:
                self.barrier.wait(timeout=self.wait)
            except threading.BrokenBarrierError:  # another thread is waiting for our lock
                pass
        return result


def run_concurrently(*calls, pause_after=None, wait=3.0, timeout=30.0):
    """Run each call in its own thread and connection, all at once; their outcomes, in order."""
    start = threading.Barrier(len(calls))
    pause = threading.Barrier(len(calls))
    outcomes = [Outcome() for _ in calls]

    def run(index, call):
        try:
            with connection.execute_wrapper(_PauseAfter(pause_after, pause, wait)):
                start.wait(timeout=timeout)
                outcomes[index].value = call()
        except BaseException as error:  # noqa: BLE001 - handed back to the test to judge
            outcomes[index].error = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, call), daemon=True) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout)
    if any(thread.is_alive() for thread in threads):
        raise TimeoutError(f"a concurrent call did not finish within {timeout} s")
    return outcomes


@contextmanager
def locks_off():
    """For control runs only: ``select_for_update()`` returns the queryset unchanged."""
    original = QuerySet.select_for_update
    QuerySet.select_for_update = lambda self, *args, **kwargs: self
    try:
        yield
    finally:
        QuerySet.select_for_update = original
