"""The organiser's programme editor: shared working hours and Europe's clock changes."""

import datetime as dt

import pytest
from directory.factories import UserFactory
from django.urls import reverse
from events.factories import make_event, make_session

from ejrc.events.domain.overlap import clock_change_warnings, shared_working_hours
from ejrc.events.models import Session

pytestmark = pytest.mark.django_db


def test_europe_and_japan_share_two_working_hours_in_summer_and_one_in_winter():
    summer, winter = shared_working_hours(dt.date(2027, 4, 27)), shared_working_hours(dt.date(2027, 1, 12))
    assert (summer.starts_at, summer.ends_at) == (dt.datetime(2027, 4, 27, 7, tzinfo=dt.UTC),
                                                  dt.datetime(2027, 4, 27, 9, tzinfo=dt.UTC))
    assert (winter.starts_at, winter.ends_at) == (dt.datetime(2027, 1, 12, 8, tzinfo=dt.UTC),
                                                  dt.datetime(2027, 1, 12, 9, tzinfo=dt.UTC))


def test_a_clock_change_within_a_week_of_the_dates_is_reported_with_both_gaps():
    assert clock_change_warnings(dt.date(2027, 3, 30), dt.date(2027, 4, 1)) == [(dt.date(2027, 3, 28), 8, 7)]
    assert clock_change_warnings(dt.date(2027, 10, 30), dt.date(2027, 10, 31)) == [(dt.date(2027, 10, 31), 7, 8)]
    assert clock_change_warnings(dt.date(2027, 4, 27), dt.date(2027, 4, 29)) == []


def edit_url(event):
    return reverse("events:edit-programme", kwargs={"slug": event.slug})


def test_the_editor_shows_the_shared_hours_and_warns_of_the_clock_change(client, organiser):
    event = make_event(organiser=organiser, starts_on=dt.date(2027, 3, 30), ends_on=dt.date(2027, 3, 31))
    client.force_login(organiser)
    page = client.get(edit_url(event)).content.decode()
    assert ("Europe changes its clocks on 2027-03-28: Japan is 8 hours ahead before that day "
            "and 7 hours ahead from then on.") in page
    assert "Japan is 7 hours ahead. Hours in both working days (09:00–18:00):\n      09:00 CEST–11:00 CEST · 16:00 JST–18:00 JST" in page


def test_adding_a_session_for_both_sides_outside_the_shared_hours_warns(client, organiser, event):
    client.force_login(organiser)
    response = client.post(edit_url(event), {"kind": "panel", "title_en": "Hydrogen panel", "date": "2027-04-27",
                                             "start": "14:00", "end": "15:30", "for_both_sides": "on"}, follow=True)
    assert [str(m) for m in response.context["messages"]] == [
        "Session added.", "This session lies outside the hours both Europe and Japan are at work."]
    session = Session.objects.get()
    assert (session.starts_at, session.ends_at) == (dt.datetime(2027, 4, 27, 12, tzinfo=dt.UTC),
                                                    dt.datetime(2027, 4, 27, 13, 30, tzinfo=dt.UTC))
    assert "outside the shared working hours" in response.content.decode()


def test_a_session_inside_the_shared_hours_does_not_warn(client, organiser, event):
    client.force_login(organiser)
    response = client.post(edit_url(event), {"kind": "panel", "title_en": "Online panel", "date": "2027-04-27",
                                             "start": "09:30", "end": "10:30", "for_both_sides": "on"}, follow=True)
    assert [str(m) for m in response.context["messages"]] == ["Session added."]


def test_an_end_before_the_start_is_shown_on_the_form_and_saves_nothing(client, organiser, event):
    client.force_login(organiser)
    response = client.post(edit_url(event), {"kind": "panel", "title_en": "Panel", "date": "2027-04-27",
                                             "start": "11:00", "end": "10:00"})
    assert response.context["form"].errors == {"end": ["The session ends before it starts."]}
    assert not Session.objects.exists()


@pytest.mark.parametrize("who", ["anonymous", "outsider"])
def test_only_organisers_edit_the_programme(client, event, who):
    if who == "outsider":
        client.force_login(UserFactory())
    assert client.get(edit_url(event)).status_code == (302 if who == "anonymous" else 404)


@pytest.mark.parametrize("count", [1, 6])
def test_the_editor_reads_the_same_number_of_queries(client, django_assert_num_queries, organiser, event, count):
    for index in range(count):
        make_session(event, organiser=organiser, day=index % 3, start=8 + index, end=9 + index)
    client.force_login(organiser)
    with django_assert_num_queries(11):
        assert client.get(edit_url(event)).status_code == 200
