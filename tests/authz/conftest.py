"""The people and objects every matrix row is tried with.

- ``member`` and ``org_admin`` act for ``organisation``, a published French cluster whose
  responsible office is Strasbourg;
- ``other_member`` acts for ``other_organisation``, another published profile;
- ``office_staff`` works for the Strasbourg office, ``other_staff`` for the Gifu office;
- ``organiser``: events do not exist yet, so an organiser is a signed-in person who organises
  nothing in the directory (no membership, no office). The events app will give them events.
"""

from dataclasses import dataclass

import pytest
from django.core.files.base import ContentFile
from directory.factories import (
    ContactRequestFactory,
    MembershipFactory,
    OrganisationFactory,
    ProfileRevisionFactory,
    StaffUserFactory,
    UserFactory,
    offices,
    prefecture,
    region,
)

from ejrc.directory.domain.agreements import save_agreement
from ejrc.directory.domain.revision_data import organisation_data
from ejrc.directory.models import Invitation, Membership, OrganisationRelation


@dataclass
class World:
    people: dict
    organisation: object
    other_organisation: object
    pending_organisation: object
    membership: object
    revision: object
    contact_request: object
    invitation: object
    own_invitation: object
    relation_out: object
    relation_in: object
    prefecture: object
    region: object
    agreement: object
    published_logo: str
    pending_logo: str


@pytest.fixture
def world(db):
    helpdesk = offices()
    organisation = OrganisationFactory(name_en="Matrix Cluster", region=region())
    other = OrganisationFactory(name_en="Other Cluster")
    pending = OrganisationFactory(name_en="Pending Cluster", status="pending")
    admin = MembershipFactory(organisation=organisation, role=Membership.Role.ADMIN).user
    membership = MembershipFactory(organisation=organisation, role=Membership.Role.MEMBER)
    other_member = MembershipFactory(organisation=other, role=Membership.Role.MEMBER).user
    for user in (admin, membership.user):
        MembershipFactory(organisation=pending, user=user, role=Membership.Role.ADMIN)
    people = {
        "anonymous": None, "member": membership.user, "other_member": other_member, "org_admin": admin,
        "office_staff": StaffUserFactory(office=helpdesk["strasbourg"]),
        "other_staff": StaffUserFactory(office=helpdesk["gifu"]), "organiser": UserFactory(),
    }
    revision = ProfileRevisionFactory(organisation=organisation,
                                      data={**organisation_data(organisation), "city": "Annecy"})
    organisation.logo.save("matrix.png", ContentFile(b"\x89PNG published"))
    revision.logo.save("matrix-new.png", ContentFile(b"\x89PNG proposed"))
    agreement = save_agreement(actor=people["office_staff"], data={"kind": "mou", "title_en": "Matrix MoU"},
                               organisations=[organisation, OrganisationFactory(name_en="Matrix Japan", japanese=True)])
    return World(
        people=people, agreement=agreement, organisation=organisation, other_organisation=other, pending_organisation=pending,
        membership=membership,
        revision=revision,
        contact_request=ContactRequestFactory(organisation=organisation),
        invitation=Invitation.objects.create(organisation=organisation, email="newcomer@example.org", invited_by=admin),
        own_invitation=Invitation.objects.create(organisation=organisation, email=other_member.email, invited_by=admin),
        relation_out=OrganisationRelation.objects.create(source=organisation, target=other, kind="partner_of"),
        relation_in=OrganisationRelation.objects.create(source=other, target=organisation, kind="member_of"),
        prefecture=prefecture("JP-21"),
        region=organisation.region,
        published_logo=organisation.logo.name,
        pending_logo=revision.logo.name,
    )


@pytest.fixture(autouse=True)
def _roomy_inquiry_limits(settings):
    """The matrix sends the helpdesk's inquiry form as every role, and the form's rate limits
    count in the cache across tests: here they are set out of reach (tests/helpdesk tests them)."""
    settings.EJRC_INQUIRY_LIMITS = {"ip": (100_000, 3600), "email": (100_000, 3600)}
