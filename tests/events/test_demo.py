"""The events step of ``ejrc load-demo-content``: a past and an upcoming event, once."""

import datetime as dt

import pytest
from django.core.management import call_command

from ejrc.events.models import Event, SessionChoice
from ejrc.geo.domain.reference import load_countries, load_prefectures

pytestmark = pytest.mark.django_db


def test_the_demo_has_the_strasbourg_2020_conference_and_an_upcoming_forum_with_a_waiting_list(capsys):
    load_countries()
    load_prefectures()
    call_command("load_demo_content")
    call_command("load_demo_content")
    output = capsys.readouterr().out
    assert "Events demo: 2 new event(s) (strasbourg-2020, gifu-hydrogen-forum)." in output
    assert "Events demo: 0 new event(s) (none)." in output
    past, upcoming = Event.objects.get(slug="strasbourg-2020"), Event.objects.get(slug="gifu-hydrogen-forum")
    assert (past.starts_on, past.ends_on, past.time_zone) == (dt.date(2020, 4, 27), dt.date(2020, 4, 29), "Europe/Paris")
    assert {session.kind for session in past.sessions.all()} == {
        "plenary", "panel", "pitch", "b2b", "networking", "site_visit"}
    assert past.registrations.filter(status="confirmed").count() == 6
    assert upcoming.starts_on > dt.date.today() and upcoming.is_published
    choices = SessionChoice.objects.filter(session__event=upcoming).values_list("status", flat=True)
    assert sorted(choices) == ["confirmed", "confirmed", "waiting"]
