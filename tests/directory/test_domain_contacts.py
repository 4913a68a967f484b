import pytest
from directory.factories import ContactFactory, ContactRequestFactory, MembershipFactory, OrganisationFactory, StaffUserFactory, UserFactory
from django.contrib.auth.models import AnonymousUser
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from ejrc.directory.domain.contacts import answer_contact_request, request_contact, visible_contacts
from ejrc.directory.models import ContactRequest, Visibility


@pytest.fixture
def contacts(organisation):
    return {
        visibility: ContactFactory(organisation=organisation, name=visibility, visibility=visibility)
        for visibility in Visibility.values
    }


def names(viewer, organisation):
    return {contact.name for contact in visible_contacts(viewer=viewer, organisation=organisation)}


def test_visibility_matrix(organisation, contacts, member_user, admin_user, staff_user, outsider):
    everything = set(Visibility.values)
    assert names(AnonymousUser(), organisation) == {"public"}
    assert names(outsider, organisation) == {"public"}
    assert names(MembershipFactory(organisation=OrganisationFactory()).user, organisation) == {"public", "members"}
    assert names(member_user, organisation) == everything
    assert names(admin_user, organisation) == everything
    assert names(staff_user, organisation) == everything
    ContactRequestFactory(requester=outsider, organisation=organisation, status=ContactRequest.Status.ACCEPTED)
    assert names(outsider, organisation) == everything


def test_a_declined_or_pending_request_shows_nothing_more(organisation, contacts, outsider):
    ContactRequestFactory(requester=outsider, organisation=organisation, status=ContactRequest.Status.DECLINED)
    ContactRequestFactory(requester=outsider, organisation=organisation)
    assert names(outsider, organisation) == {"public"}


def test_an_accepted_request_to_another_organisation_does_not_count(organisation, contacts, outsider):
    ContactRequestFactory(requester=outsider, organisation=OrganisationFactory(), status=ContactRequest.Status.ACCEPTED)
    assert "on_request" not in names(outsider, organisation)


def test_request_and_answer_notify_in_each_language(
    organisation, contacts, member_user, outsider, django_capture_on_commit_callbacks
):
    member_user.preferred_language = "ja"
    member_user.save()
    with django_capture_on_commit_callbacks(execute=True):
        request = request_contact(actor=outsider, organisation=organisation, message="Hydrogen buses?")
    assert [m.to for m in mail.outbox] == [[member_user.email]]
    assert "連絡リクエスト" in mail.outbox[0].subject and "Hydrogen buses?" in mail.outbox[0].body
    with pytest.raises(ValidationError):
        request_contact(actor=outsider, organisation=organisation, message="Again")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        answer_contact_request(actor=member_user, request=request, accept=True)
    assert mail.outbox[0].to == [outsider.email] and "accepted" in mail.outbox[0].subject
    assert "on_request" in names(outsider, organisation)
    with pytest.raises(ValidationError):
        answer_contact_request(actor=member_user, request=request, accept=False)


def test_only_the_organisation_answers_and_nobody_asks_themselves(organisation, member_user, outsider):
    request = request_contact(actor=outsider, organisation=organisation, message="Hello")
    with pytest.raises(PermissionDenied):
        answer_contact_request(actor=StaffUserFactory(), request=request, accept=True)
    with pytest.raises(PermissionDenied):
        request_contact(actor=member_user, organisation=organisation, message="Hello")


def test_an_empty_message_is_refused(organisation):
    with pytest.raises(ValidationError):
        request_contact(actor=UserFactory(), organisation=organisation, message="   ")
