"""The read-replica router: reads to the replica, except in transactions and around writes.

There is no second PostgreSQL here, so these check where each query would go (the router's
answers, as Django's querysets ask them); docs/deployment.md says so.
"""

import time

import pytest
from django.db import transaction
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from ejrc.core.db_router import PIN_COOKIE, PrimaryAfterWriteMiddleware, ReplicaRouter, primary_only
from ejrc.core.models import FailedTask

pytestmark = pytest.mark.django_db(transaction=True)  # no test-wide transaction: the router sees none


@pytest.fixture
def replica():
    with override_settings(EJRC_READ_REPLICA=True):
        yield


def test_without_a_replica_everything_uses_the_primary():
    assert FailedTask.objects.all().db == "default"


def test_plain_reads_go_to_the_replica_and_writes_to_the_primary(replica):
    assert FailedTask.objects.all().db == "replica"
    assert FailedTask.objects.select_for_update().db == "default"
    assert ReplicaRouter().db_for_write(FailedTask) == "default"
    assert ReplicaRouter().allow_migrate("replica", "core") is False


def test_reads_inside_a_transaction_or_pinned_go_to_the_primary(replica):
    with transaction.atomic():
        assert FailedTask.objects.all().db == "default"
    with primary_only():
        assert FailedTask.objects.all().db == "default"
    assert FailedTask.objects.all().db == "replica"


def _where_reads_went(request):
    seen = []

    def view(request):
        seen.append(FailedTask.objects.all().db)
        return HttpResponse("ok")
    response = PrimaryAfterWriteMiddleware(view)(request)
    return seen[0], response


def test_a_write_pins_the_request_and_the_next_seconds_to_the_primary(replica):
    factory = RequestFactory()
    went, response = _where_reads_went(factory.post("/en/directory/new/"))
    assert went == "default"
    until = float(response.cookies[PIN_COOKIE].value)
    assert time.time() < until <= time.time() + 10
    soon = factory.get("/en/directory/")
    soon.COOKIES[PIN_COOKIE] = str(until)
    assert _where_reads_went(soon)[0] == "default"
    later = factory.get("/en/directory/")
    later.COOKIES[PIN_COOKIE] = str(time.time() - 1)
    assert _where_reads_went(later)[0] == "replica"
    forged = factory.get("/en/directory/")
    forged.COOKIES[PIN_COOKIE] = "not a number"
    assert _where_reads_went(forged)[0] == "replica"
