import pytest
from directory.factories import MembershipFactory, UserFactory
from django.core.exceptions import PermissionDenied, ValidationError

from ejrc.directory.domain.members import add_member, remove_member
from ejrc.directory.domain.relations import add_relation
from ejrc.directory.models import Membership


def test_admins_add_members_and_change_roles(organisation, admin_user):
    person = UserFactory(email="Someone@Example.org".lower())
    membership = add_member(actor=admin_user, organisation=organisation, email="SOMEONE@example.org")
    assert membership.user == person and membership.role == Membership.Role.MEMBER
    add_member(actor=admin_user, organisation=organisation, email=person.email, role=Membership.Role.ADMIN)
    membership.refresh_from_db()
    assert membership.role == Membership.Role.ADMIN


def test_unknown_people_get_a_clear_message(organisation, admin_user):
    with pytest.raises(ValidationError) as error:
        add_member(actor=admin_user, organisation=organisation, email="nobody@example.org")
    assert "sign up" in str(error.value)


def test_members_cannot_manage_members(organisation, member_user):
    with pytest.raises(PermissionDenied):
        add_member(actor=member_user, organisation=organisation, email=member_user.email)


def test_the_last_admin_stays(organisation, admin_user):
    own = organisation.memberships.get(user=admin_user)
    with pytest.raises(ValidationError):
        remove_member(actor=admin_user, membership=own)
    with pytest.raises(ValidationError):
        add_member(actor=admin_user, organisation=organisation, email=admin_user.email, role=Membership.Role.MEMBER)
    MembershipFactory(organisation=organisation, role=Membership.Role.ADMIN)
    remove_member(actor=admin_user, membership=own)
    assert not organisation.memberships.filter(user=admin_user).exists()


def test_relations_are_declared_by_the_source_admins(organisation, admin_user, member_user):
    from directory.factories import OrganisationFactory

    network = OrganisationFactory(kind="cluster_network")
    relation = add_relation(actor=admin_user, source=organisation, target=network, kind="member_of")
    assert list(network.relations_in.all()) == [relation]
    with pytest.raises(ValidationError):
        add_relation(actor=admin_user, source=organisation, target=organisation, kind="partner_of")
    with pytest.raises(PermissionDenied):
        add_relation(actor=member_user, source=organisation, target=network, kind="partner_of")
