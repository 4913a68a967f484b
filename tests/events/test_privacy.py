"""The events' part of "download my data" and "delete my account"."""

import pytest
from django.core import mail
from events.factories import organisation_of, site_visit

from ejrc.accounts.domain.privacy import delete_account, erasure_notes, export_personal_data
from ejrc.events.domain.registration import register
from ejrc.events.models import EventQuestion, SessionChoice

pytestmark = pytest.mark.django_db(transaction=True)  # the moving-up e-mail leaves after commit


def test_my_data_holds_my_registrations_and_answers(event, organiser, cluster_manager):
    question = EventQuestion.objects.create(event=event, label_en="Dietary needs")
    visit = site_visit(event, organiser=organiser, title_en="Port of Strasbourg")
    register(actor=cluster_manager, event=event, organisation=organisation_of(cluster_manager),
             answers={str(question.pk): "Vegetarian"}, sessions=[visit])
    data = export_personal_data(actor=cluster_manager, user=cluster_manager)["events"]
    registration, = data["event_registrations"]
    assert (registration["event"], registration["status"], registration["answers"]) == (
        event.slug, "confirmed", {str(question.pk): "Vegetarian"})
    assert registration["sessions"] == [{"session": "Port of Strasbourg", "status": "confirmed"}]


def test_deleting_an_account_gives_its_places_to_the_people_waiting(event, organiser, cluster_manager,
                                                                    prefecture_officer):
    visit = site_visit(event, organiser=organiser)
    for person in (cluster_manager, prefecture_officer):
        register(actor=person, event=event, organisation=organisation_of(person), sessions=[visit])
    assert erasure_notes(cluster_manager) == [
        "Your registrations for 1 event(s) will be cancelled and your places given to the people waiting."]
    mail.outbox.clear()
    delete_account(actor=cluster_manager, user=cluster_manager)
    assert list(SessionChoice.objects.values_list("registration__user", "status")) == [
        (prefecture_officer.pk, "confirmed")]
    assert [message.to for message in mail.outbox] == [[prefecture_officer.email]]
