"""Helpdesk staff create an event on the site's pages and its organisers change its details;
the organiser's mistakes get a message on the form and save nothing."""

import datetime as dt

import pytest
from directory.factories import UserFactory
from django.urls import reverse
from django.utils import translation
from events.factories import make_event, make_session, organisation_of, site_visit

from ejrc.accounts.mfa import enable_totp
from ejrc.events.domain.registration import register
from ejrc.events.models import Event

pytestmark = pytest.mark.django_db

NEW = {"slug": "gifu-2027", "title_en": "Gifu forum", "title_ja": "岐阜フォーラム", "starts_on": "2027-10-25",
       "ends_on": "2027-10-26", "time_zone": "Asia/Tokyo", "format": "hybrid", "venue": "Gifu",
       "registration_deadline": "2027-10-20T18:00", "capacity": ""}


def url(name, language="en", **kwargs):
    with translation.override(language):
        return reverse(f"events:{name}", kwargs=kwargs)


def details(event, **changes):
    data = {"title_en": event.title_en, "title_ja": event.title_ja, "starts_on": event.starts_on.isoformat(),
            "ends_on": event.ends_on.isoformat(), "time_zone": event.time_zone, "format": event.format,
            "capacity": event.capacity or "", "is_published": "on" if event.is_published else ""}
    return {key: value for key, value in {**data, **changes}.items() if value != ""}


def test_staff_create_an_event_with_its_days_and_deadline_on_its_clock(client, organiser):
    client.force_login(organiser)  # reads the site in Europe/Paris; the deadline is Tokyo's
    response = client.post(url("new"), NEW)
    assert response.status_code == 302 and response["Location"] == url("edit-programme", slug="gifu-2027")
    event = Event.objects.get()
    assert (event.office, list(event.organisers.all()), event.is_published) == (organiser.office, [organiser], False)
    assert [day.date for day in event.days.all()] == [dt.date(2027, 10, 25), dt.date(2027, 10, 26)]
    assert event.registration_deadline == dt.datetime(2027, 10, 20, 9, tzinfo=dt.UTC)  # 18:00 JST


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"time_zone": "Asia/Gifu"}, "time_zone",
     "“Asia/Gifu” is not a time zone; use a name such as Europe/Paris or Asia/Tokyo."),
    ({"ends_on": "2027-10-24"}, "ends_on", "The last day is before the first day."),
    ({"slug": "archive"}, "slug", "“archive” is taken by a page of the site; choose another address."),
])
def test_a_mistake_is_shown_on_the_form_and_saves_nothing(client, organiser, changes, field, message):
    client.force_login(organiser)
    response = client.post(url("new"), {**NEW, **changes})
    assert response.status_code == 200 and response.context["form"].errors[field] == [message]
    assert not Event.objects.exists()


def test_the_form_speaks_japanese(client, organiser):
    client.force_login(organiser)
    response = client.post(url("new", "ja"), {**NEW, "time_zone": "Asia/Gifu"})
    assert response.context["form"].errors["time_zone"] == [
        "「Asia/Gifu」はタイムゾーンではありません。Europe/Paris や Asia/Tokyo のような名前をお使いください。"]
    assert "新しいイベント" in response.content.decode()


def test_only_helpdesk_staff_create_events(client, cluster_manager):
    assert client.get(url("new")).status_code == 302
    client.force_login(cluster_manager)
    assert client.get(url("new")).status_code == 404
    superuser = UserFactory(is_superuser=True)
    enable_totp(actor=None, user=superuser, secret="GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
    client.force_login(superuser)  # no office: the admin is theirs
    assert client.get(url("new")).status_code == 404


def test_the_organiser_changes_the_details_and_the_days_follow(client, organiser, event):
    client.force_login(organiser)
    page = client.get(url("edit", slug=event.slug)).content.decode()
    assert 'value="2027-04-27"' in page and "slug" not in page.split("<form")[1].split("name=")[1][:10]
    response = client.post(url("edit", slug=event.slug), details(event, ends_on="2027-04-30", venue="Rhenus"))
    assert response.status_code == 302
    event.refresh_from_db()
    assert (event.venue, event.days.count()) == ("Rhenus", 4)


def test_dates_that_leave_out_planned_sessions_are_refused(client, organiser, event):
    make_session(event, organiser=organiser, day=2)
    client.force_login(organiser)
    response = client.post(url("edit", slug=event.slug), details(event, ends_on="2027-04-28"))
    assert response.context["form"].errors["starts_on"] == [
        "Sessions are planned on days these dates leave out: move or remove them first."]
    event.refresh_from_db()
    assert (event.ends_on, event.days.count()) == (dt.date(2027, 4, 29), 3)


def test_the_time_zone_stays_under_a_programme(client, organiser, event):
    make_session(event, organiser=organiser)
    client.force_login(organiser)
    response = client.post(url("edit", slug=event.slug), details(event, time_zone="Asia/Tokyo"))
    assert list(response.context["form"].errors) == ["time_zone"]
    assert Event.objects.get().time_zone == "Europe/Paris"


def test_a_larger_capacity_moves_the_waiting_list_up(client, organiser, cluster_manager, prefecture_officer):
    event = make_event(organiser=organiser, slug="small", capacity=1)
    site_visit(event, organiser=organiser)
    first, second = (register(actor=person, event=event, organisation=organisation_of(person))
                     for person in (cluster_manager, prefecture_officer))
    assert second.status == "waiting"
    client.force_login(organiser)
    client.post(url("edit", slug=event.slug), details(event, capacity=2))
    second.refresh_from_db()
    assert second.status == "confirmed"


def test_only_organisers_change_an_event(client, event, cluster_manager):
    client.force_login(cluster_manager)
    assert client.get(url("edit", slug=event.slug)).status_code == 404
