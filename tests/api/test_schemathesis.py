"""Schemathesis tries every operation of the OpenAPI document against the application (its
WSGI handler, in this test's database), with a bounded number of generated examples each, valid
and invalid: no server error, and every answer as the document says (status, content type,
body, headers; invalid input refused).

One check is left out, ``positive_data_acceptance`` (a request the document allows must not be
refused): here validity also depends on the database and the domain's rules, which no schema
states (a country code must exist, a research opportunity names its call, a cursor is signed),
so such requests rightly get a 400 problem. Its converse, ``negative_data_rejection``, stays.

The operations are driven from here with Hypothesis rather than by Schemathesis' pytest plugin
(``schema.parametrize()``), which fails on pytest 9.2 (it sets ``Function._nodeid``).
"""

import pytest
import schemathesis
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance
from api.helpers import token_of
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from partnering.factories import OpportunityFactory


@pytest.fixture
def api_schema(people, settings):
    """The document as the application serves it, calls going to the application itself.

    Like Django's test client, requests keep the test's database connection (and transaction)
    open: ``close_old_connections`` is unhooked for the run.
    """
    settings.EJRC_API_RATES = {"token": "100000/min", "anonymous": "100000/min"}
    OpportunityFactory(organisation=people["organisation"])
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/v1/openapi.json", WSGIHandler())
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture
def admin_token(people):
    return token_of(people["admin"])


EXAMPLES = 8  # per operation and mode: bounded, so that the run stays short


def failures_of(operation, mode, headers):
    """The first failure Hypothesis finds for ``operation`` in ``mode`` (None when none)."""
    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case):
        case.call_and_validate(headers=headers, excluded_checks=[positive_data_acceptance])

    try:
        run()
    except Unsatisfiable:  # no such input exists (a negative slug: any text is a slug to try)
        return None
    except (Exception, BaseExceptionGroup) as failure:  # a check's failure, with the case that shows it
        return f"{mode.value} {operation.label}: {failure}"
    return None


def test_every_operation_keeps_to_the_document(api_schema, admin_token):
    headers = {"Authorization": f"Bearer {admin_token}"}
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 20
    failures = [failure for operation in operations for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
                if (failure := failures_of(operation, mode, headers))]
    assert not failures, "\n\n".join(failures)
