import pytest
from directory.factories import MembershipFactory, OrganisationFactory, UserFactory
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from ejrc.core.models import ActivityLog
from ejrc.directory.domain.members import answer_invitation, invite_member, remove_member, withdraw_invitation
from ejrc.directory.domain.relations import add_relation, confirm_relation, decline_relation
from ejrc.directory.models import Invitation, Membership


def test_an_invitation_makes_nobody_a_member_until_accepted(organisation, admin_user, django_capture_on_commit_callbacks):
    person = UserFactory(email="someone@example.org", preferred_language="ja")
    with django_capture_on_commit_callbacks(execute=True):
        invitation = invite_member(actor=admin_user, organisation=organisation, email="SOMEONE@example.org",
                                   role=Membership.Role.ADMIN)
    assert not organisation.memberships.filter(user=person).exists()
    assert [m.to for m in mail.outbox] == [["SOMEONE@example.org"]] and organisation.name_ja in mail.outbox[0].subject
    answer_invitation(actor=person, invitation=invitation, accept=True)
    assert organisation.memberships.get(user=person).role == Membership.Role.ADMIN
    with pytest.raises(ValidationError):
        answer_invitation(actor=person, invitation=invitation, accept=False)


def test_a_declined_invitation_adds_nobody(organisation, admin_user):
    person = UserFactory()
    invitation = invite_member(actor=admin_user, organisation=organisation, email=person.email)
    answer_invitation(actor=person, invitation=invitation, accept=False)
    invitation.refresh_from_db()
    assert invitation.status == Invitation.Status.DECLINED
    assert not organisation.memberships.filter(user=person).exists()


def test_only_the_invited_address_answers_superusers_included(organisation, admin_user):
    invitation = invite_member(actor=admin_user, organisation=organisation, email="invited@example.org")
    for intruder in (UserFactory(), UserFactory(is_superuser=True, is_staff=True)):
        with pytest.raises(PermissionDenied):
            answer_invitation(actor=intruder, invitation=invitation, accept=True)
    assert organisation.memberships.count() == 1


def test_an_address_without_account_is_invited_the_same_way(organisation, admin_user):
    invitation = invite_member(actor=admin_user, organisation=organisation, email="newcomer@example.org")
    assert invitation.status == Invitation.Status.PENDING
    again = invite_member(actor=admin_user, organisation=organisation, email="Newcomer@example.org",
                          role=Membership.Role.ADMIN)
    assert again.pk == invitation.pk and again.role == Membership.Role.ADMIN
    person = UserFactory(email="newcomer@example.org")
    answer_invitation(actor=person, invitation=again, accept=True)
    assert organisation.memberships.filter(user=person, role=Membership.Role.ADMIN).exists()


def test_a_withdrawn_invitation_cannot_be_accepted(organisation, admin_user):
    person = UserFactory()
    invitation = invite_member(actor=admin_user, organisation=organisation, email=person.email)
    withdraw_invitation(actor=admin_user, invitation=invitation)
    with pytest.raises(ValidationError):
        answer_invitation(actor=person, invitation=invitation, accept=True)


def test_current_members_change_role_directly(organisation, admin_user, member_user):
    assert invite_member(actor=admin_user, organisation=organisation, email=member_user.email,
                         role=Membership.Role.ADMIN) is None
    assert organisation.memberships.get(user=member_user).role == Membership.Role.ADMIN


def test_members_cannot_invite(organisation, member_user):
    with pytest.raises(PermissionDenied):
        invite_member(actor=member_user, organisation=organisation, email="friend@example.org")


def test_the_last_admin_stays(organisation, admin_user):
    own = organisation.memberships.get(user=admin_user)
    with pytest.raises(ValidationError):
        remove_member(actor=admin_user, membership=own)
    with pytest.raises(ValidationError):
        invite_member(actor=admin_user, organisation=organisation, email=admin_user.email, role=Membership.Role.MEMBER)
    MembershipFactory(organisation=organisation, role=Membership.Role.ADMIN)
    remove_member(actor=admin_user, membership=own)
    assert not organisation.memberships.filter(user=admin_user).exists()


def test_relations_are_declared_by_the_source_admins_and_confirmed_by_the_target(organisation, admin_user, member_user):
    network = OrganisationFactory(kind="cluster_network")
    network_admin = MembershipFactory(organisation=network, role=Membership.Role.ADMIN).user
    relation = add_relation(actor=admin_user, source=organisation, target=network, kind="member_of")
    assert list(network.relations_in.all()) == [relation] and not relation.is_confirmed
    with pytest.raises(PermissionDenied):
        confirm_relation(actor=admin_user, relation=relation)
    assert confirm_relation(actor=network_admin, relation=relation).is_confirmed
    with pytest.raises(ValidationError):
        add_relation(actor=admin_user, source=organisation, target=organisation, kind="partner_of")
    with pytest.raises(PermissionDenied):
        add_relation(actor=member_user, source=organisation, target=network, kind="partner_of")


def test_the_target_office_may_confirm_and_a_decline_removes(organisation, admin_user, staff_user, helpdesk):
    from directory.factories import StaffUserFactory

    japanese = OrganisationFactory(japanese=True)
    relation = add_relation(actor=admin_user, source=organisation, target=japanese, kind="partner_of")
    with pytest.raises(PermissionDenied):
        confirm_relation(actor=staff_user, relation=relation)  # Strasbourg: not the target's office
    confirm_relation(actor=StaffUserFactory(office=helpdesk["gifu"]), relation=relation)
    decline_relation(actor=StaffUserFactory(office=helpdesk["gifu"]), relation=relation)
    assert not japanese.relations_in.exists()
    assert ActivityLog.objects.filter(action="directory.relation.decline").exists()
