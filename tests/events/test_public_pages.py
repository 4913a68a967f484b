"""The public pages: list, archive, event page and programme, in both languages and zones."""

import datetime as dt

import pytest
from directory.factories import UserFactory
from django.urls import reverse
from django.utils import translation
from events.factories import make_event, make_session, site_visit
from icalendar import Calendar

from ejrc.events.domain.events import add_session
from ejrc.events.models import SessionKind, Speaker

pytestmark = pytest.mark.django_db


def url(name, language="en", **kwargs):
    with translation.override(language):
        return reverse(f"events:{name}", kwargs=kwargs)


def test_the_list_shows_upcoming_published_events_and_the_archive_past_ones(client, organiser):
    make_event(organiser=organiser, slug="upcoming", title_en="Upcoming forum")
    make_event(organiser=organiser, slug="draft", title_en="Draft forum", published=False)
    make_event(organiser=organiser, slug="past", title_en="Strasbourg 2020", outcomes_en="120 meetings held.",
               starts_on=dt.date(2020, 4, 27), ends_on=dt.date(2020, 4, 29))
    upcoming = client.get(url("list")).content.decode()
    assert "Upcoming forum" in upcoming and "Draft forum" not in upcoming and "Strasbourg 2020" not in upcoming
    archive = client.get(url("archive")).content.decode()
    assert "Strasbourg 2020" in archive and "120 meetings held." in archive and "Upcoming forum" not in archive


@pytest.mark.parametrize("name", ["detail", "programme", "programme-ics"])
def test_an_unpublished_event_is_a_404_except_for_its_organisers(client, organiser, name):
    make_event(organiser=organiser, slug="draft", published=False)
    assert client.get(url(name, slug="draft")).status_code == 404
    client.force_login(UserFactory())
    assert client.get(url(name, slug="draft")).status_code == 404
    client.force_login(organiser)
    assert client.get(url(name, slug="draft")).status_code == 200


def test_the_programme_shows_each_time_in_the_events_zone_and_the_viewers(client, event, organiser,
                                                                          prefecture_officer):
    make_session(event, organiser=organiser, start=10, end=11, title_en="Opening plenary")
    client.force_login(prefecture_officer)
    page = client.get(url("programme", slug=event.slug)).content.decode()
    assert "10:00 CEST</time> <span class=\"other-zone\">(17:00 JST)</span>" in page
    assert "11:00 CEST</time> <span class=\"other-zone\">(18:00 JST)</span>" in page


def test_a_viewer_in_the_events_zone_sees_each_time_once(client, event, organiser, cluster_manager):
    make_session(event, organiser=organiser, start=10, end=11)
    client.force_login(cluster_manager)
    page = client.get(url("programme", slug=event.slug)).content.decode()
    assert "10:00 CEST</time>" in page and "other-zone" not in page


def test_an_evening_session_shows_the_next_day_in_japan(client, event, organiser, prefecture_officer):
    make_session(event, organiser=organiser, start=18, end=19, kind=SessionKind.NETWORKING)
    client.force_login(prefecture_officer)
    page = client.get(url("programme", slug=event.slug)).content.decode()
    assert "18:00 CEST</time> <span class=\"other-zone\">(04-28 01:00 JST)</span>" in page


def test_the_pages_read_in_japanese(client, event, organiser):
    make_session(event, organiser=organiser, title_en="Opening plenary", title_ja="開会全体会議")
    page = client.get(url("programme", "ja", slug=event.slug)).content.decode()
    assert "日欧地域協力会議" in page
    # Japanese first; the English title beside it, marked as English (the one bilingual helper)
    assert '<span lang="ja">開会全体会議</span> <span lang="en" class="other">Opening plenary</span>' in page
    assert "日欧地域協力会議" in client.get(url("detail", "ja", slug=event.slug)).content.decode()


def test_speakers_link_to_their_organisation(client, event, organiser, cluster_manager):
    session = make_session(event, organiser=organiser)
    organisation = cluster_manager.memberships.get().organisation
    Speaker.objects.create(session=session, name="Anne Martin", role="Cluster manager", organisation=organisation)
    page = client.get(url("programme", slug=event.slug)).content.decode()
    assert f'Anne Martin, Cluster manager (<a href="{organisation.get_absolute_url()}">' in page


def test_the_programme_calendar_carries_the_events_time_zone(client, event, organiser):
    make_session(event, organiser=organiser, start=10, end=11, title_en="Opening plenary")
    site_visit(event, organiser=organiser)
    response = client.get(url("programme-ics", slug=event.slug))
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    text = response.content.decode()
    assert "DTSTART;TZID=Europe/Paris:20270427T100000" in text
    calendar = Calendar.from_ical(response.content)
    assert [zone["TZID"] for zone in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    entries = calendar.walk("VEVENT")
    assert [str(entry["SUMMARY"]) for entry in entries][0] == "Opening plenary · EU-Japan regional cooperation conference"
    assert entries[0].decoded("DTSTART").astimezone(dt.UTC) == dt.datetime(2027, 4, 27, 8, tzinfo=dt.UTC)


def _programme_of(event, organiser, count):
    for index in range(count):
        session = add_session(actor=organiser, event=event, kind=SessionKind.PANEL, title_en=f"Panel {index}",
                              start=dt.datetime(2027, 4, 27 + index % 3, 9 + index), end=dt.datetime(2027, 4, 27 + index % 3, 10 + index))
        Speaker.objects.create(session=session, name=f"Speaker {index}")


@pytest.mark.parametrize("sessions", [1, 6])
@pytest.mark.parametrize("name", ["programme", "programme-ics"])
def test_the_programme_reads_the_same_number_of_queries_however_long(client, django_assert_num_queries,
                                                                     event, organiser, sessions, name):
    _programme_of(event, organiser, sessions)
    with django_assert_num_queries(5 if name == "programme" else 3):
        assert client.get(url(name, slug=event.slug)).status_code == 200


@pytest.mark.parametrize("events", [1, 4])
def test_the_list_reads_the_same_number_of_queries_however_long(client, django_assert_num_queries,
                                                                organiser, events):
    for index in range(events):
        make_event(organiser=organiser, slug=f"event-{index}")
    with django_assert_num_queries(2):
        assert client.get(url("list")).status_code == 200
