"""Readable references, allocated safely when many publish at once."""

import threading

import pytest
from django.db import connection, connections
from support.concurrency import locks_off, postgres_only, run_concurrently

from ejrc.partnering.domain.references import allocate_reference
from ejrc.partnering.models import ReferenceCounter

# Both transactions pause right after reading the counter (the read the lock protects).
READ_OF_THE_COUNTER = 'SELECT "partnering_referencecounter"."last"'


@pytest.mark.django_db
def test_references_count_up_per_year():
    assert [allocate_reference(year=2026) for _i in range(3)] == [
        "EJ-OPP-2026-00001", "EJ-OPP-2026-00002", "EJ-OPP-2026-00003"]
    assert allocate_reference(year=2027) == "EJ-OPP-2027-00001"


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent transactions need PostgreSQL")
def test_concurrent_allocations_never_share_a_number():
    allocated, errors = [], []
    start = threading.Barrier(8)

    def allocate():
        try:
            start.wait()
            for _i in range(5):
                allocated.append(allocate_reference(year=2030))
        except Exception as error:  # reported below, never swallowed
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=allocate) for _i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(allocated) == [f"EJ-OPP-2030-{n:05d}" for n in range(1, 41)]



def postgres(test):
    for mark in postgres_only:
        test = mark(test)
    return test


def _race(*, locks):
    ReferenceCounter.objects.create(year=2031, last=41)
    calls = [lambda: allocate_reference(year=2031)] * 2
    if locks:
        outcomes = run_concurrently(*calls, pause_after=READ_OF_THE_COUNTER)
    else:
        with locks_off():
            outcomes = run_concurrently(*calls, pause_after=READ_OF_THE_COUNTER)
    assert [outcome.error for outcome in outcomes] == [None, None]
    return sorted(outcome.value for outcome in outcomes)


@postgres
def test_two_publishing_at_once_get_two_numbers_one_waiting_for_the_other():
    assert _race(locks=True) == ["EJ-OPP-2031-00042", "EJ-OPP-2031-00043"]


@postgres
def test_control_without_the_lock_both_read_the_same_counter_and_get_the_same_number():
    assert _race(locks=False) == ["EJ-OPP-2031-00042", "EJ-OPP-2031-00042"]
