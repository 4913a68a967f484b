"""The retention rule of registrations: long after an event, the people go and the figures stay."""

import datetime as dt

import pytest
from django.urls import reverse
from events.factories import make_event, organisation_of, site_visit

from ejrc.core.retention import apply_retention, retention_rules
from ejrc.events.domain.registration import cancel, register
from ejrc.events.models import EventQuestion, Registration, SessionChoice

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2027, 5, 10, tzinfo=dt.UTC)


def sign_up(person, event, **kwargs):
    return register(actor=person, event=event, organisation=organisation_of(person),
                    now=dt.datetime(2027, 4, 1, tzinfo=dt.UTC), **kwargs)


def test_the_rule_is_registered_for_two_years_after_the_event():
    rule = {rule.name: rule for rule in retention_rules()}["event_registrations"]
    assert rule.period_days == 730
    assert "the participant's name and answers" in str(rule.description)


def test_past_registrations_lose_the_person_and_keep_the_figures(settings, organiser, event,
                                                                 cluster_manager, prefecture_officer):
    settings.EJRC_RETENTION_DAYS = {"event_registrations": 10}
    question = EventQuestion.objects.create(event=event, label_en="Dietary needs")
    visit = site_visit(event, organiser=organiser)
    kept = sign_up(cluster_manager, event, answers={str(question.pk): "Vegetarian"}, sessions=[visit])
    cancel(actor=prefecture_officer, registration=sign_up(prefecture_officer, event), notify=False)
    recent = make_event(organiser=organiser, slug="recent", starts_on=dt.date(2027, 4, 30),
                        ends_on=dt.date(2027, 5, 2))
    untouched = sign_up(prefecture_officer, recent)
    assert apply_retention(now=NOW)["event_registrations"] == 2  # the cancelled one deleted, one anonymised
    kept.refresh_from_db()
    assert (kept.user, kept.answers, kept.organisation, kept.status) == (
        None, {}, organisation_of(cluster_manager), "confirmed")
    assert list(SessionChoice.objects.values_list("registration", flat=True)) == [kept.pk]
    assert set(Registration.objects.values_list("pk", flat=True)) == {kept.pk, untouched.pk}
    assert Registration.objects.get(pk=untouched.pk).user == prefecture_officer


def test_the_organiser_pages_show_a_removed_participant(client, organiser, event, cluster_manager):
    registration = sign_up(cluster_manager, event)
    Registration.objects.filter(pk=registration.pk).update(user=None, answers={})
    client.force_login(organiser)
    assert "Removed after the retention period" in client.get(
        reverse("events:registrations", kwargs={"slug": event.slug})).content.decode()
    for name in ("export-csv", "export-xlsx", "badges", "dashboard"):
        assert client.get(reverse(f"events:{name}", kwargs={"slug": event.slug})).status_code == 200
    check_in = client.get(reverse("events:check-in", kwargs={"slug": event.slug}), {"q": "Alsace"})
    assert check_in.context["rows"].count() == 0
