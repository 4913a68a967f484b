"""Creating events and sessions: dates, zones, and the organiser's mistakes."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from events.factories import FIRST_DAY, at, make_event, make_session

from ejrc.events.domain.events import add_session
from ejrc.events.models import Event, Session, SessionKind

pytestmark = pytest.mark.django_db


def test_an_event_gets_one_programme_day_per_date(event):
    assert [day.date for day in event.days.all()] == [FIRST_DAY, FIRST_DAY + dt.timedelta(days=1),
                                                      FIRST_DAY + dt.timedelta(days=2)]


def test_an_unknown_time_zone_is_refused_and_nothing_is_saved(organiser):
    with pytest.raises(ValidationError) as refused:
        make_event(organiser=organiser, time_zone="Europe/Strasbourg")
    assert refused.value.message_dict["time_zone"] == [
        "“Europe/Strasbourg” is not a time zone; use a name such as Europe/Paris or Asia/Tokyo."]
    assert not Event.objects.exists()


def test_a_last_day_before_the_first_is_refused(organiser):
    with pytest.raises(ValidationError) as refused:
        make_event(organiser=organiser, ends_on=FIRST_DAY - dt.timedelta(days=1))
    assert refused.value.message_dict["ends_on"] == ["The last day is before the first day."]
    assert not Event.objects.exists()


def test_session_times_are_read_in_the_events_zone(event, organiser):
    session = make_session(event, organiser=organiser, start=10, end=11)
    # Strasbourg is on summer time (UTC+2) in late April.
    assert session.starts_at == dt.datetime(2027, 4, 27, 8, 0, tzinfo=dt.UTC)
    assert session.day.date == FIRST_DAY


def test_winter_time_is_one_hour_less(organiser):
    event = make_event(organiser=organiser, slug="winter", starts_on=dt.date(2027, 1, 12),
                       ends_on=dt.date(2027, 1, 12))
    session = add_session(actor=organiser, event=event, kind=SessionKind.PANEL, title_en="Panel",
                          start=dt.datetime(2027, 1, 12, 10), end=dt.datetime(2027, 1, 12, 11))
    assert session.starts_at == dt.datetime(2027, 1, 12, 9, 0, tzinfo=dt.UTC)


def test_a_session_ending_before_it_starts_is_refused(event, organiser):
    with pytest.raises(ValidationError) as refused:
        add_session(actor=organiser, event=event, kind=SessionKind.PANEL, title_en="Panel",
                    start=at(0, 11), end=at(0, 10))
    assert refused.value.message_dict["end"] == ["The session ends before it starts."]
    assert not Session.objects.exists()


def test_a_session_outside_the_events_days_is_refused(event, organiser):
    with pytest.raises(ValidationError) as refused:
        add_session(actor=organiser, event=event, kind=SessionKind.PANEL, title_en="Panel",
                    start=at(5, 10), end=at(5, 11))
    assert refused.value.message_dict["start"] == ["This date is not one of the event's days."]


def test_organisers_are_helpdesk_staff(organiser, cluster_manager):
    with pytest.raises(ValidationError) as refused:
        make_event(organiser=organiser, organisers=[cluster_manager])
    assert refused.value.message_dict["organisers"] == [
        "Organisers are helpdesk staff; add partners as co-organisers."]
    assert not Event.objects.exists()


def test_an_event_made_in_the_admin_gets_its_days_as_sessions_are_placed(admin_client, organiser):
    response = admin_client.post("/en/admin/events/event/add/", {
        "slug": "admin-made", "title_en": "Admin-made forum", "starts_on": "2027-05-10", "ends_on": "2027-05-11",
        "time_zone": "Asia/Tokyo", "format": "online", "office": organiser.office_id,
        "organisers": [organiser.pk], "rooms-TOTAL_FORMS": "0", "rooms-INITIAL_FORMS": "0",
        "questions-TOTAL_FORMS": "0", "questions-INITIAL_FORMS": "0"})
    assert response.status_code == 302
    event = Event.objects.get(slug="admin-made")
    session = add_session(actor=organiser, event=event, kind=SessionKind.PANEL, title_en="Panel",
                          start=dt.datetime(2027, 5, 11, 10), end=dt.datetime(2027, 5, 11, 11))
    assert (session.day.date, session.starts_at) == (dt.date(2027, 5, 11), dt.datetime(2027, 5, 11, 1, tzinfo=dt.UTC))


def test_the_admin_refuses_an_unknown_time_zone(admin_client, organiser):
    response = admin_client.post("/en/admin/events/event/add/", {
        "slug": "bad-zone", "title_en": "Forum", "starts_on": "2027-05-10", "ends_on": "2027-05-09",
        "time_zone": "Asia/Gifu", "format": "online", "office": organiser.office_id,
        "rooms-TOTAL_FORMS": "0", "rooms-INITIAL_FORMS": "0", "questions-TOTAL_FORMS": "0",
        "questions-INITIAL_FORMS": "0"})
    errors = response.context["adminform"].form.errors
    assert errors["time_zone"] == ["“Asia/Gifu” is not a time zone; use a name such as Europe/Paris or Asia/Tokyo."]
    assert not Event.objects.exists()


def test_an_address_taken_by_a_page_of_the_site_is_refused(organiser):
    with pytest.raises(ValidationError) as refused:
        make_event(organiser=organiser, slug="archive")
    assert refused.value.message_dict["slug"] == ["“archive” is taken by a page of the site; choose another address."]
