"""Registering through the pages, "my agenda" and its calendar, and the organiser's list."""

import datetime as dt

import pytest
from directory.factories import OrganisationFactory, UserFactory
from django.urls import reverse
from django.utils import translation
from events.factories import make_event, make_session, organisation_of, site_visit
from icalendar import Calendar

from ejrc.events.domain.registration import register
from ejrc.events.models import Registration, SessionChoice

pytestmark = pytest.mark.django_db


def url(name, language="en", **kwargs):
    with translation.override(language):
        return reverse(f"events:{name}", kwargs=kwargs)


def form_errors(response):
    form = response.context["form"]
    return {field: list(errors) for field, errors in form.errors.items()}


def test_registering_through_the_form(client, event, organiser, cluster_manager):
    visit = site_visit(event, organiser=organiser, title_en="Port of Strasbourg")
    client.force_login(cluster_manager)
    assert client.get(url("register", slug=event.slug)).status_code == 200
    response = client.post(url("register", slug=event.slug),
                           {"organisation": organisation_of(cluster_manager).pk, "sessions": [visit.pk]}, follow=True)
    assert response.redirect_chain[-1][0] == url("agenda")
    assert [str(m) for m in response.context["messages"]] == ["You are registered."]
    registration = Registration.objects.get()
    assert list(registration.choices.values_list("session", "status")) == [(visit.pk, "confirmed")]


def test_a_full_site_visit_says_so_and_waiting_lists(client, event, organiser, cluster_manager, prefecture_officer):
    visit = site_visit(event, organiser=organiser, title_en="Port of Strasbourg")
    register(actor=prefecture_officer, event=event, organisation=organisation_of(prefecture_officer), sessions=[visit])
    client.force_login(cluster_manager)
    response = client.post(url("register", slug=event.slug),
                           {"organisation": organisation_of(cluster_manager).pk, "sessions": [visit.pk]}, follow=True)
    assert [str(m) for m in response.context["messages"]] == [
        "You are registered.", "“Port of Strasbourg” is full: you are on its waiting list."]


def test_overlapping_choices_show_on_the_form_and_save_nothing(client, event, organiser, cluster_manager):
    first = site_visit(event, organiser=organiser, start=9, end=12, title_en="Port")
    second = site_visit(event, organiser=organiser, start=10, end=11, title_en="Bioparc")
    client.force_login(cluster_manager)
    response = client.post(url("register", slug=event.slug),
                           {"organisation": organisation_of(cluster_manager).pk, "sessions": [first.pk, second.pk]})
    assert response.status_code == 200
    assert form_errors(response) == {"sessions": ["“Port” and “Bioparc” take place at the same time: pick one of them."]}
    assert not Registration.objects.exists() and not SessionChoice.objects.exists()


def test_only_ones_own_organisations_are_offered(client, event, cluster_manager, prefecture_officer):
    client.force_login(cluster_manager)
    response = client.post(url("register", slug=event.slug), {"organisation": organisation_of(prefecture_officer).pk})
    assert list(form_errors(response)) == ["organisation"]
    assert not Registration.objects.exists()


def test_a_closed_event_says_why(client, organiser, cluster_manager):
    event = make_event(organiser=organiser, slug="over", starts_on=dt.date(2020, 4, 27),
                       ends_on=dt.date(2020, 4, 29))
    client.force_login(cluster_manager)
    response = client.post(url("register", slug=event.slug), {"organisation": organisation_of(cluster_manager).pk})
    assert "This event is over." in response.content.decode()
    assert not Registration.objects.exists()


def test_the_registration_form_in_japanese(client, event, prefecture_officer):
    client.force_login(prefecture_officer)
    page = client.get(url("register", "ja", slug=event.slug)).content.decode()
    assert "登録" in page and "岐阜県" in page


def test_my_agenda_and_its_calendar(client, event, organiser, prefecture_officer):
    make_session(event, organiser=organiser, start=10, end=11, title_en="Opening plenary")
    visit = site_visit(event, organiser=organiser, title_en="Port of Strasbourg")
    register(actor=prefecture_officer, event=event, organisation=organisation_of(prefecture_officer), sessions=[visit])
    client.force_login(prefecture_officer)
    page = client.get(url("agenda")).content.decode()
    assert "2027-04-27 10:00 CEST</time> <span class=\"other-zone\">(2027-04-27 17:00 JST)</span> · Opening plenary" in page
    calendar = Calendar.from_ical(client.get(url("agenda-ics")).content)
    assert [str(entry["SUMMARY"]).split(" · ")[0] for entry in calendar.walk("VEVENT")] == [
        "Opening plenary", "Port of Strasbourg"]
    assert [zone["TZID"] for zone in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]


def test_cancelling_from_the_agenda_moves_the_waiting_list_up(client, event, organiser, cluster_manager,
                                                              prefecture_officer):
    visit = site_visit(event, organiser=organiser)
    for person in (cluster_manager, prefecture_officer):
        register(actor=person, event=event, organisation=organisation_of(person), sessions=[visit])
    client.force_login(cluster_manager)
    client.post(url("cancel", slug=event.slug))
    assert list(visit.choices.values_list("registration__user", "status")) == [(prefecture_officer.pk, "confirmed")]


def test_the_organiser_approves_and_declines(client, organiser, cluster_manager, prefecture_officer):
    event = make_event(organiser=organiser, requires_approval=True)
    first, second = (register(actor=person, event=event, organisation=organisation_of(person))
                     for person in (cluster_manager, prefecture_officer))
    client.force_login(organiser)
    assert "Awaiting approval" in client.get(url("registrations", slug=event.slug)).content.decode()
    response = client.post(url("decide", slug=event.slug, pk=first.pk), {"decision": "approve"}, follow=True)
    assert [str(m) for m in response.context["messages"]] == ["Registration approved."]
    response = client.post(url("decide", slug=event.slug, pk=second.pk), {"decision": "reject", "reason": ""},
                           follow=True)
    assert [str(m) for m in response.context["messages"]] == ["Please give the participant a reason."]
    client.post(url("decide", slug=event.slug, pk=second.pk), {"decision": "reject", "reason": "Full."})
    assert dict(Registration.objects.values_list("pk", "status")) == {first.pk: "confirmed", second.pk: "rejected"}


@pytest.mark.parametrize("who", ["anonymous", "outsider", "participant"])
def test_only_organisers_see_the_registrations(client, event, cluster_manager, who):
    registration = register(actor=cluster_manager, event=event, organisation=organisation_of(cluster_manager))
    if who != "anonymous":
        client.force_login(UserFactory() if who == "outsider" else cluster_manager)
    expected = 302 if who == "anonymous" else 404
    assert client.get(url("registrations", slug=event.slug)).status_code == expected
    assert client.post(url("decide", slug=event.slug, pk=registration.pk), {"decision": "approve"}).status_code == expected


@pytest.mark.parametrize("count", [1, 4])
def test_my_agenda_reads_the_same_number_of_queries_however_many_events(client, django_assert_num_queries,
                                                                        organiser, prefecture_officer, count):
    for index in range(count):
        event = make_event(organiser=organiser, slug=f"event-{index}")
        make_session(event, organiser=organiser)
        visit = site_visit(event, organiser=organiser)
        register(actor=prefecture_officer, event=event, organisation=organisation_of(prefecture_officer),
                 sessions=[visit])
    client.force_login(prefecture_officer)
    with django_assert_num_queries(5):
        assert client.get(url("agenda")).status_code == 200
    with django_assert_num_queries(3):
        assert client.get(url("agenda-ics")).status_code == 200


@pytest.mark.parametrize("partners", [1, 4])
def test_the_event_page_reads_the_same_number_of_queries(client, django_assert_num_queries, event,
                                                         cluster_manager, partners):
    event.co_organisers.set([OrganisationFactory() for _ in range(partners)])
    register(actor=cluster_manager, event=event, organisation=organisation_of(cluster_manager))
    client.force_login(cluster_manager)
    with django_assert_num_queries(8):  # 7 of the events, 1 of the sections higher apps add (B2B set-up)
        assert client.get(url("detail", slug=event.slug)).status_code == 200


def test_the_online_link_is_for_confirmed_participants_only(client, organiser, cluster_manager, prefecture_officer):
    event = make_event(organiser=organiser, slug="hybrid", format="hybrid", online_url="https://meet.example/forum",
                       capacity=1)
    for person in (cluster_manager, prefecture_officer):
        register(actor=person, event=event, organisation=organisation_of(person))
    client.force_login(cluster_manager)
    assert "https://meet.example/forum" in client.get(url("detail", slug=event.slug)).content.decode()
    client.force_login(prefecture_officer)  # on the waiting list
    assert "https://meet.example/forum" not in client.get(url("detail", slug=event.slug)).content.decode()
    client.logout()
    assert "https://meet.example/forum" not in client.get(url("detail", slug=event.slug)).content.decode()
