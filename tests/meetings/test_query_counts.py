"""Every B2B list page reads the same number of queries with one row and with many."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from meetings.factories import accepted, participants

from ejrc.meetings.domain import draft, runs


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def _grow(event, four, extra):
    """``extra`` more Japanese participants, each with a meeting with the first European."""
    people = participants(event, extra, japanese_every=1)
    return [accepted(four[0], other) for other in people]


def _scheduled(organiser, event, capture):
    with capture(execute=True):
        run = runs.start_run(actor=organiser, event=event, time_limit=3)
    run.refresh_from_db()
    return run


PARTICIPANT_PAGES = {"marketplace": 8, "requests": 7, "agenda": 8}
ORGANISER_PAGES = {"responsiveness": 6, "check-in": 6, "runs": 8}


@pytest.mark.parametrize("name", PARTICIPANT_PAGES)
def test_participant_pages(client, event, four, organiser, name, django_capture_on_commit_callbacks):
    accepted(four[0], four[1])
    run = _scheduled(organiser, event, django_capture_on_commit_callbacks)
    draft.publish(actor=organiser, run=run, version=0)
    client.force_login(four[0].user)
    url = reverse(f"meetings:{name}", kwargs={"slug": event.slug})
    one = queries(client, url)
    _grow(event, four, 4)
    run = _scheduled(organiser, event, django_capture_on_commit_callbacks)
    draft.publish(actor=organiser, run=run, version=1)
    assert (one, queries(client, url)) == (PARTICIPANT_PAGES[name],) * 2


@pytest.mark.parametrize("name", ORGANISER_PAGES)
def test_organiser_pages(client, event, four, organiser, name, django_capture_on_commit_callbacks):
    accepted(four[0], four[1])
    draft.publish(actor=organiser, run=_scheduled(organiser, event, django_capture_on_commit_callbacks), version=0)
    client.force_login(organiser)
    url = reverse(f"meetings:{name}", kwargs={"slug": event.slug})
    one = queries(client, url)
    _grow(event, four, 4)
    draft.publish(actor=organiser, run=_scheduled(organiser, event, django_capture_on_commit_callbacks), version=1)
    assert (one, queries(client, url)) == (ORGANISER_PAGES[name],) * 2


def test_the_draft_page(client, event, four, organiser, django_capture_on_commit_callbacks):
    accepted(four[0], four[1])
    client.force_login(organiser)
    first = _scheduled(organiser, event, django_capture_on_commit_callbacks)
    one = queries(client, reverse("meetings:run", kwargs={"slug": event.slug, "pk": first.pk}))
    _grow(event, four, 4)
    for other in participants(event, 4):  # more meetings in the first slot too
        accepted(other, four[1])
    bigger = _scheduled(organiser, event, django_capture_on_commit_callbacks)
    assert (one, queries(client, reverse("meetings:run", kwargs={"slug": event.slug, "pk": bigger.pk}))) == (9, 9)
