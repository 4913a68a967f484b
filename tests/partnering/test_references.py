"""Readable references, allocated safely when many publish at once."""

import threading

import pytest
from django.db import connection, connections

from ejrc.partnering.domain.references import allocate_reference


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
