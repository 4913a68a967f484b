"""The B2B step of ``ejrc load-demo-content``: the upcoming forum's requests and a published schedule."""

import pytest
from django.core.management import call_command

from ejrc.geo.domain.reference import load_countries, load_prefectures
from ejrc.meetings.models import Meeting, MeetingRequest, RunStatus

pytestmark = pytest.mark.django_db


def test_the_upcoming_demo_forum_has_requests_and_a_published_schedule(capsys, django_capture_on_commit_callbacks):
    load_countries()
    load_prefectures()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_content")
    first = capsys.readouterr().out
    call_command("load_demo_content")
    assert "schedule published." in first, first
    assert "B2B demo: already there." in capsys.readouterr().out
    assert MeetingRequest.objects.filter(status="pending").exists()
    assert MeetingRequest.objects.filter(status="declined").exists()
    placed = Meeting.objects.filter(slot__isnull=False)
    assert placed.exists() and placed.count() == Meeting.objects.filter(status="active").count()
    assert placed.first().event.b2b_runs.filter(status=RunStatus.PUBLISHED).count() == 1
