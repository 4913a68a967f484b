"""The directory's findings of the outside test (issue 8: 4 members page, 5, 6, 7, 8, 9).

Each test drives the site as the attacker did and failed before its fix.
"""

import pytest
from directory.factories import (
    ContactFactory,
    MembershipFactory,
    OrganisationFactory,
    ProfileRevisionFactory,
    StaffUserFactory,
    UserFactory,
)
from django.urls import reverse

from ejrc.core.models import ActivityLog
from ejrc.directory.domain.revision_data import organisation_data
from ejrc.directory.models import Membership, OrganisationRelation


def _invite(client, admin_user, organisation, email, role="member"):
    client.force_login(admin_user)
    return client.post(reverse("directory:members", args=[organisation.slug]), {"email": email, "role": role},
                       follow=True)


def test_finding_5_an_admin_cannot_add_anyone_without_consent(client, organisation, admin_user, staff_user):
    """Staff included: posting an address invites; the person becomes a member only by accepting."""
    _invite(client, admin_user, organisation, staff_user.email, role="admin")
    assert not organisation.memberships.filter(user=staff_user).exists()
    client.force_login(staff_user)
    mine = client.get(reverse("directory:mine")).content.decode()
    assert organisation.name_en in mine and "Invitations waiting for your answer" in mine
    invitation = organisation.invitations.get()
    client.post(reverse("directory:invitation-answer", args=[invitation.pk]), {"answer": "accept"})
    assert organisation.memberships.get(user=staff_user).role == Membership.Role.ADMIN


def test_finding_5_someone_else_cannot_answer_an_invitation(client, organisation, admin_user, outsider):
    _invite(client, admin_user, organisation, "invited@example.org")
    invitation = organisation.invitations.get()
    client.force_login(outsider)
    response = client.post(reverse("directory:invitation-answer", args=[invitation.pk]), {"answer": "accept"})
    assert response.status_code == 404
    assert not organisation.memberships.filter(user=outsider).exists()


def test_finding_4_the_members_page_answers_the_same_with_or_without_an_account(client, organisation, admin_user):
    UserFactory(email="known@example.org")

    def answer(email):
        response = _invite(client, admin_user, organisation, email)
        said = [str(message).replace(email, "ADDRESS") for message in response.context["messages"]]
        return response.status_code, said, response.redirect_chain

    known, unknown = answer("known@example.org"), answer("unknown@example.org")
    assert known[:2] == unknown[:2] and known[2] == unknown[2] == [(
        reverse("directory:members", args=[organisation.slug]), 302)]
    assert set(organisation.invitations.values_list("email", flat=True)) == {"known@example.org", "unknown@example.org"}


def test_finding_6_a_declared_relation_shows_only_once_the_other_side_confirms(client, organisation, admin_user):
    other = OrganisationFactory(name_en="Famous Partner Region")
    other_admin = MembershipFactory(organisation=other, role=Membership.Role.ADMIN).user
    client.force_login(admin_user)
    client.post(reverse("directory:relations", args=[organisation.slug]), {"kind": "partner_of", "target": other.slug})
    relation = OrganisationRelation.objects.get(source=organisation, target=other)
    client.logout()
    assert organisation.name_en not in client.get(other.get_absolute_url()).content.decode()
    assert "Famous Partner Region" not in client.get(organisation.get_absolute_url()).content.decode()
    client.force_login(other_admin)
    assert organisation.name_en in client.get(reverse("directory:members", args=[other.slug])).content.decode()
    client.post(reverse("directory:relation-answer", args=[other.slug, relation.pk]), {"answer": "confirm"})
    client.logout()
    assert organisation.name_en in client.get(other.get_absolute_url()).content.decode()


def test_finding_7_staff_of_another_office_cannot_decide(client, organisation, helpdesk):
    revision = ProfileRevisionFactory(organisation=organisation, data={**organisation_data(organisation), "city": "Lyon"})
    gifu = StaffUserFactory(office=helpdesk["gifu"])
    client.force_login(gifu)
    page = client.get(reverse("directory:revision", args=[revision.pk])).content.decode()
    assert "Approve and publish" not in page and "Only the Strasbourg office decides" in page
    assert client.post(reverse("directory:revision-approve", args=[revision.pk])).status_code == 404
    assert client.post(reverse("directory:revision-reject", args=[revision.pk]), {"reason": "No"}).status_code == 404
    revision.refresh_from_db()
    organisation.refresh_from_db()
    assert revision.status == "pending" and organisation.city != "Lyon"


def test_finding_7_the_override_decides_and_is_written_to_the_audit_log(client, organisation, helpdesk):
    revision = ProfileRevisionFactory(organisation=organisation, data={**organisation_data(organisation), "city": "Lyon"})
    manager = StaffUserFactory(office=helpdesk["gifu"], is_superuser=True, is_staff=True)
    client.force_login(manager)
    assert client.post(reverse("directory:revision-approve", args=[revision.pk])).status_code == 302
    organisation.refresh_from_db()
    assert organisation.city == "Lyon"
    log = ActivityLog.objects.get(action="directory.revision.approve")
    assert log.actor == manager and log.data["override"] is True


@pytest.mark.parametrize("membership, sees_members_contact", [
    (None, False),  # signed up, acts for nobody
    ("pending", False),  # acts only for a profile the helpdesk has not validated
    ("published", True),  # acts for a validated organisation
])
def test_finding_8_members_only_contacts_are_for_members_of_validated_organisations(
    client, organisation, outsider, membership, sees_members_contact
):
    ContactFactory(organisation=organisation, name="Members Only Person", visibility="members")
    if membership:
        MembershipFactory(user=outsider, organisation=OrganisationFactory(status=membership))
    client.force_login(outsider)
    content = client.get(organisation.get_absolute_url()).content.decode()
    assert ("Members Only Person" in content) == sees_members_contact


def test_finding_9_the_duplicate_name_message_does_not_reveal_a_pending_profile(
    client, organisation, proposal, outsider, django_capture_on_commit_callbacks
):
    OrganisationFactory(name_en="Secret Merger Cluster", status="pending")
    fields = {**proposal, "name_en": "secret merger cluster", "labels-TOTAL_FORMS": 0, "labels-INITIAL_FORMS": 0,
              "contacts-TOTAL_FORMS": 0, "contacts-INITIAL_FORMS": 0, "region": "", "prefecture": ""}
    fields = {key: value for key, value in fields.items() if value is not None and key not in ("labels", "contacts")}
    client.force_login(outsider)
    response = client.post(reverse("directory:create"), fields)
    assert response.status_code == 302  # accepted for validation: nothing said about the pending one
    published = {**fields, "name_en": organisation.name_en.upper()}
    content = client.post(reverse("directory:create"), published).content.decode()
    assert "already exists" in content  # a published name is public knowledge


def test_finding_7_a_manager_given_the_override_permission_decides_for_any_office(organisation, helpdesk):
    from django.contrib.auth.models import Permission

    from ejrc.directory.domain.profiles import reject_revision

    revision = ProfileRevisionFactory(organisation=organisation)
    manager = StaffUserFactory(office=helpdesk["iwate"])
    manager.user_permissions.add(Permission.objects.get(codename="validate_any_office"))
    reject_revision(actor=manager, revision=revision, reason="Duplicate of another profile.")
    log = ActivityLog.objects.get(action="directory.revision.reject")
    assert log.data["override"] is True and log.actor == manager


def test_finding_6_the_target_office_confirms_from_its_queue(client, organisation, admin_user, staff_user, helpdesk):
    japanese = OrganisationFactory(japanese=True, name_en="Gifu Ceramics Cluster")
    OrganisationRelation.objects.create(source=organisation, target=japanese, kind="partner_of")
    assert "Gifu Ceramics Cluster" not in client.get(organisation.get_absolute_url()).content.decode()
    client.force_login(staff_user)  # Strasbourg: not the target's office
    assert "Gifu Ceramics Cluster" not in client.get(reverse("directory:validation-queue")).content.decode()
    gifu = StaffUserFactory(office=helpdesk["gifu"])
    client.force_login(gifu)
    assert "Gifu Ceramics Cluster" in client.get(reverse("directory:validation-queue")).content.decode()
    relation = japanese.relations_in.get()
    response = client.post(reverse("directory:relation-answer", args=[japanese.slug, relation.pk]), {"answer": "confirm"})
    assert response["Location"] == reverse("directory:validation-queue")
    client.logout()
    assert "Gifu Ceramics Cluster" in client.get(organisation.get_absolute_url()).content.decode()
