"""Registration, approval, cancellation and waiting lists (the domain, without pages)."""

import datetime as dt

import pytest
from directory.factories import MembershipFactory, OrganisationFactory, UserFactory
from django.core.exceptions import ValidationError
from events.factories import make_event, make_session, organisation_of, site_visit

from ejrc.events.domain.registration import approve, cancel, register, reject
from ejrc.events.models import EventQuestion, Registration, SessionChoice

pytestmark = pytest.mark.django_db


def sign_up(person, event, **kwargs):
    return register(actor=person, event=event, organisation=organisation_of(person), **kwargs)


def participant():
    return MembershipFactory(role="member", organisation=OrganisationFactory()).user


def test_a_member_registers_on_behalf_of_the_organisation(event, cluster_manager):
    registration = sign_up(cluster_manager, event)
    assert (registration.status, registration.organisation) == ("confirmed", organisation_of(cluster_manager))


def test_registering_for_someone_elses_organisation_is_refused(event, cluster_manager, prefecture_officer):
    with pytest.raises(ValidationError) as refused:
        register(actor=cluster_manager, event=event, organisation=organisation_of(prefecture_officer))
    assert refused.value.message_dict["organisation"] == ["You can register only for an organisation you belong to."]
    assert not Registration.objects.exists()


def test_registering_twice_is_refused(event, cluster_manager):
    sign_up(cluster_manager, event)
    with pytest.raises(ValidationError) as refused:
        sign_up(cluster_manager, event)
    assert refused.value.messages == ["You are already registered for this event."]
    assert Registration.objects.count() == 1


def test_registering_after_the_deadline_is_refused(organiser, cluster_manager):
    event = make_event(organiser=organiser, registration_deadline=dt.datetime(2027, 4, 1, 22, tzinfo=dt.UTC))
    with pytest.raises(ValidationError) as refused:
        sign_up(cluster_manager, event, now=dt.datetime(2027, 4, 2, tzinfo=dt.UTC))
    assert refused.value.messages == ["Registration for this event closed on 2027-04-02 00:00 CEST."]
    assert not Registration.objects.exists()


def test_an_unpublished_event_takes_no_registrations(organiser, cluster_manager):
    event = make_event(organiser=organiser, published=False)
    with pytest.raises(ValidationError) as refused:
        sign_up(cluster_manager, event)
    assert refused.value.messages == ["This event is not open for registration."]


def test_overlapping_sessions_are_refused_and_nothing_is_saved(event, organiser, cluster_manager):
    morning = site_visit(event, organiser=organiser, start=9, end=12, title_en="Port of Strasbourg")
    overlapping = site_visit(event, organiser=organiser, start=11, end=13, title_en="Bioparc")
    with pytest.raises(ValidationError) as refused:
        sign_up(cluster_manager, event, sessions=[overlapping, morning])
    assert refused.value.message_dict["sessions"] == [
        "“Port of Strasbourg” and “Bioparc” take place at the same time: pick one of them."]
    assert not Registration.objects.exists()
    assert not SessionChoice.objects.exists()


def test_sessions_of_another_event_are_refused(event, organiser, cluster_manager):
    other = make_event(organiser=organiser, slug="other")
    with pytest.raises(ValidationError):
        sign_up(cluster_manager, event, sessions=[site_visit(other, organiser=organiser)])
    assert not Registration.objects.exists()


def test_a_required_question_must_be_answered(event, cluster_manager):
    question = EventQuestion.objects.create(event=event, label_en="Dietary needs", required=True)
    with pytest.raises(ValidationError) as refused:
        sign_up(cluster_manager, event, answers={str(question.pk): "  "})
    assert refused.value.message_dict["answers"] == ["Please answer: Dietary needs"]
    registration = sign_up(cluster_manager, event, answers={str(question.pk): "Vegetarian", "999": "ignored"})
    assert registration.answers == {str(question.pk): "Vegetarian"}


def test_a_full_event_waiting_lists_and_a_cancellation_moves_the_first_up(organiser):
    event = make_event(organiser=organiser, capacity=2)
    first, second, third, fourth = (participant() for _ in range(4))
    statuses = [sign_up(person, event).status for person in (first, second, third, fourth)]
    assert statuses == ["confirmed", "confirmed", "waiting", "waiting"]
    moved = cancel(actor=first, registration=Registration.objects.get(user=first))
    assert [r.user for r in moved["registrations"]] == [third]
    assert dict(Registration.objects.values_list("user", "status")) == {
        first.pk: "cancelled", second.pk: "confirmed", third.pk: "confirmed", fourth.pk: "waiting"}


def test_a_full_site_visit_waiting_lists_and_a_cancellation_moves_the_first_up(event, organiser):
    visit = site_visit(event, organiser=organiser, capacity=1)
    first, second, third = (participant() for _ in range(3))
    for person in (first, second, third):
        sign_up(person, event, sessions=[visit])
    assert list(visit.choices.values_list("registration__user", "status")) == [
        (first.pk, "confirmed"), (second.pk, "waiting"), (third.pk, "waiting")]
    cancel(actor=first, registration=Registration.objects.get(user=first))
    assert list(visit.choices.values_list("registration__user", "status")) == [
        (second.pk, "confirmed"), (third.pk, "waiting")]


def test_a_registration_moving_up_queues_behind_the_site_visits_own_waiting_list(organiser):
    event = make_event(organiser=organiser, capacity=2)
    visit = site_visit(event, organiser=organiser, capacity=1)
    first, second, third = (participant() for _ in range(3))
    for person in (first, second, third):
        sign_up(person, event, sessions=[visit])
    cancel(actor=first, registration=Registration.objects.get(user=first))
    assert list(visit.choices.values_list("registration__user", "status")) == [
        (second.pk, "confirmed"), (third.pk, "waiting")]
    assert Registration.objects.get(user=third).status == "confirmed"


def test_registrations_wait_for_approval_and_then_take_a_place(organiser, cluster_manager, prefecture_officer):
    event = make_event(organiser=organiser, requires_approval=True, capacity=1)
    visit = site_visit(event, organiser=organiser)
    pending = sign_up(cluster_manager, event, sessions=[visit])
    assert (pending.status, pending.choices.get().status) == ("pending", "requested")
    approve(actor=organiser, registration=pending)
    assert (pending.status, pending.choices.get().status) == ("confirmed", "confirmed")
    late = sign_up(prefecture_officer, event)
    assert approve(actor=organiser, registration=late).status == "waiting"


def test_declining_needs_a_reason(organiser, cluster_manager):
    event = make_event(organiser=organiser, requires_approval=True)
    pending = sign_up(cluster_manager, event)
    with pytest.raises(ValidationError):
        reject(actor=organiser, registration=pending, reason=" ")
    reject(actor=organiser, registration=pending, reason="Places are for regions this time.")
    pending.refresh_from_db()
    assert (pending.status, pending.decision_reason) == ("rejected", "Places are for regions this time.")
    assert sign_up(cluster_manager, event).status == "pending"  # a declined person may apply again


def test_a_cancelled_person_may_register_again(event, cluster_manager):
    cancel(actor=cluster_manager, registration=sign_up(cluster_manager, event))
    assert sign_up(cluster_manager, event).status == "confirmed"


def test_open_sessions_cannot_be_picked(event, organiser, cluster_manager):
    plenary = make_session(event, organiser=organiser)
    with pytest.raises(ValidationError) as refused:
        sign_up(cluster_manager, event, sessions=[plenary])
    assert refused.value.message_dict["sessions"] == ["Pick only site visits and sessions of this event."]


def test_a_person_in_no_organisation_cannot_register(event):
    with pytest.raises(ValidationError):
        register(actor=UserFactory(), event=event, organisation=OrganisationFactory())
