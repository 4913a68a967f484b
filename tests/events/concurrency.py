"""Parallel transactions on PostgreSQL, shaped like the project's helper on branch ``display``
(``tests/support/concurrency.py``); once that is on main, these tests can use it instead.

Each call runs in its own thread and database connection. ``pause_after`` makes every thread
wait for the others right after its first query containing the given SQL text, so that all
have *read* before any *writes*; a thread held by another's row lock never arrives and the
others go on after ``wait`` seconds. ``locks_off()`` turns ``select_for_update()`` into a
no-op: the control that shows the race the lock prevents.
"""

import threading
from contextlib import contextmanager

import pytest
from django.db import connection
from django.db.models.query import QuerySet

postgres_only = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL"),
    pytest.mark.django_db(transaction=True),
]


def run_concurrently(*calls, pause_after, wait=2.0, timeout=30.0):
    """Each call's result or the exception it raised, in the order of ``calls``."""
    start, pause = threading.Barrier(len(calls)), threading.Barrier(len(calls))
    outcomes = [None] * len(calls)

    def pausing(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if pause_after in sql and not getattr(local, "paused", False):
            local.paused = True
            try:
                pause.wait(timeout=wait)
            except threading.BrokenBarrierError:  # another thread waits for our lock
                pass
        return result

    local = threading.local()

    def run(index, call):
        try:
            with connection.execute_wrapper(pausing):
                start.wait(timeout=timeout)
                outcomes[index] = call()
        except BaseException as error:  # noqa: BLE001 - handed back to the test
            outcomes[index] = error
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
    original = QuerySet.select_for_update
    QuerySet.select_for_update = lambda self, *args, **kwargs: self
    try:
        yield
    finally:
        QuerySet.select_for_update = original
