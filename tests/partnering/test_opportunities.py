"""Publishing opportunities: validation by the responsible office, expiry and renewal."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from partnering.factories import OpportunityFactory

from ejrc.directory.models import OrganisationStatus
from ejrc.partnering.domain.opportunities import (
    approve_opportunity,
    create_opportunity,
    reject_opportunity,
    renew_opportunity,
    update_opportunity,
    withdraw_opportunity,
)
from ejrc.partnering.domain.search import open_opportunities
from ejrc.partnering.models import OpportunityStatus

pytestmark = pytest.mark.django_db


def test_a_new_opportunity_waits_for_the_office_of_its_place(cluster, cluster_admin, gifu, gifu_officer, offer,
                                                              django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        european = create_opportunity(actor=cluster_admin, organisation=cluster, data=offer)
        japanese = create_opportunity(actor=gifu_officer, organisation=gifu, data=offer)
    assert european.status == OpportunityStatus.PENDING
    assert (european.office.code, japanese.office.code) == ("strasbourg", "gifu")
    assert european not in open_opportunities()
    year = timezone.localdate().year
    assert european.reference == f"EJ-OPP-{year}-00001" and japanese.reference == f"EJ-OPP-{year}-00002"
    assert {european.office.email, japanese.office.email} <= {m.to[0] for m in mail.outbox}
    assert [s.code for s in european.sectors.all()] == ["H2"]
    assert sorted(k.kind for k in european.partner_kinds.all()) == ["cluster", "prefecture"]


def test_approval_puts_it_on_the_board_and_tells_the_owners(cluster, cluster_admin, staff, offer,
                                                             django_capture_on_commit_callbacks):
    opportunity = create_opportunity(actor=cluster_admin, organisation=cluster, data=offer)
    with django_capture_on_commit_callbacks(execute=True):
        approve_opportunity(actor=staff, opportunity=opportunity)
    assert opportunity in open_opportunities()
    assert [m.to for m in mail.outbox] == [[cluster_admin.email]]
    with pytest.raises(ValidationError, match="no longer waiting"):
        approve_opportunity(actor=staff, opportunity=opportunity)


def test_only_staff_validate_and_a_rejection_needs_a_reason(cluster, cluster_admin, staff, offer):
    opportunity = create_opportunity(actor=cluster_admin, organisation=cluster, data=offer)
    with pytest.raises(PermissionDenied):
        approve_opportunity(actor=cluster_admin, opportunity=opportunity)
    with pytest.raises(ValidationError):
        reject_opportunity(actor=staff, opportunity=opportunity, reason="  ")
    reject_opportunity(actor=staff, opportunity=opportunity, reason="Say which partner you seek.")
    opportunity.refresh_from_db()
    assert opportunity.status == OpportunityStatus.REJECTED
    assert opportunity.rejection_reason == "Say which partner you seek."


def test_only_members_of_a_validated_organisation_publish(cluster, cluster_admin, outsider, offer):
    with pytest.raises(PermissionDenied):
        create_opportunity(actor=outsider, organisation=cluster, data=offer)
    cluster.status = OrganisationStatus.PENDING
    cluster.save()
    with pytest.raises(ValidationError, match="validated"):
        create_opportunity(actor=cluster_admin, organisation=cluster, data=offer)


@pytest.mark.parametrize("changes, field", [
    ({"title_en": "", "title_ja": " "}, "title_en"),
    ({"summary_en": "", "summary_ja": ""}, "summary_en"),
    ({"kind": "research"}, "call_identifier"),
    ({"kind": "research", "call_identifier": "HORIZON-CL5-2027-D3-01"}, "call_deadline"),
    ({"kind": "joint_action"}, "third_countries"),
    ({"expires_on": timezone.localdate()}, "expires_on"),
    ({"expires_on": timezone.localdate() + timedelta(days=400)}, "expires_on"),
])
def test_bad_input_is_named_and_saves_nothing(cluster, cluster_admin, offer, changes, field):
    with pytest.raises(ValidationError) as error:
        create_opportunity(actor=cluster_admin, organisation=cluster, data={**offer, **changes})
    assert field in error.value.error_dict
    assert not cluster.opportunities.exists()


def test_a_research_call_and_a_joint_action_keep_what_they_need(cluster, cluster_admin, offer):
    from directory.factories import country

    deadline = timezone.localdate() + timedelta(days=60)
    research = create_opportunity(actor=cluster_admin, organisation=cluster, data={
        **offer, "kind": "research", "call_identifier": "HORIZON-CL5-2027-D3-01", "call_deadline": deadline})
    assert (research.call_identifier, research.call_deadline) == ("HORIZON-CL5-2027-D3-01", deadline)
    joint = create_opportunity(actor=cluster_admin, organisation=cluster, data={
        **offer, "kind": "joint_action", "third_countries": [country("VN")]})
    assert [c.code for c in joint.third_countries.all()] == ["VN"]


def test_a_change_sends_it_back_to_validation(cluster, cluster_admin, offer):
    opportunity = OpportunityFactory(organisation=cluster)
    update_opportunity(actor=cluster_admin, opportunity=opportunity, data={**offer, "title_en": "New words"})
    opportunity.refresh_from_db()
    assert opportunity.status == OpportunityStatus.PENDING and opportunity.title_en == "New words"
    assert opportunity not in open_opportunities()


def test_expired_ones_leave_the_board_and_renewal_brings_them_back(cluster, cluster_admin):
    opportunity = OpportunityFactory(organisation=cluster, expires_on=timezone.localdate() - timedelta(days=1))
    assert opportunity not in open_opportunities()
    renew_opportunity(actor=cluster_admin, opportunity=opportunity)
    opportunity.refresh_from_db()
    assert opportunity.expires_on == timezone.localdate() + timedelta(days=180)
    assert opportunity in open_opportunities()
    with pytest.raises(ValidationError, match="30 days"):
        renew_opportunity(actor=cluster_admin, opportunity=opportunity)


def test_withdrawn_ones_leave_the_board(cluster, cluster_admin):
    opportunity = OpportunityFactory(organisation=cluster)
    withdraw_opportunity(actor=cluster_admin, opportunity=opportunity)
    assert opportunity not in open_opportunities()
