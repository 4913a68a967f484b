"""Pages of opportunities: who sees what (404 otherwise), forms, validation, both languages."""

import pytest
from directory.factories import MembershipFactory, OrganisationFactory
from django.urls import reverse
from partnering.factories import OpportunityFactory

from ejrc.directory.models import OrganisationStatus
from ejrc.partnering.models import Opportunity, OpportunityStatus

pytestmark = pytest.mark.django_db


def url(name, opportunity):
    return reverse(f"partnering:{name}", kwargs={"reference": opportunity.reference})


@pytest.fixture
def pending(cluster):
    return OpportunityFactory(organisation=cluster, status=OpportunityStatus.PENDING)


def test_an_unvalidated_opportunity_is_seen_by_its_owners_and_staff_only(client, pending, cluster_admin, staff,
                                                                        outsider):
    assert client.get(url("opportunity", pending)).status_code == 404
    client.force_login(outsider)
    assert client.get(url("opportunity", pending)).status_code == 404
    client.force_login(cluster_admin)
    assert client.get(url("opportunity", pending)).status_code == 200
    client.force_login(staff)
    page = client.get(url("opportunity", pending))
    assert page.status_code == 200 and "Approve and publish" in page.content.decode()


def test_an_unknown_reference_is_a_404(client, helpdesk):
    assert client.get(reverse("partnering:opportunity", kwargs={"reference": "EJ-OPP-1999-00001"})).status_code == 404


def test_others_cannot_edit_renew_withdraw_or_validate(client, cluster, outsider, cluster_admin):
    opportunity = OpportunityFactory(organisation=cluster)
    client.force_login(outsider)
    assert client.get(url("edit", opportunity)).status_code == 404
    for name in ("renew", "withdraw", "approve", "reject"):
        assert client.post(url(name, opportunity)).status_code == 404
    assert client.get(reverse("partnering:validation-queue")).status_code == 404
    client.force_login(cluster_admin)
    assert client.post(url("approve", opportunity)).status_code == 404
    assert Opportunity.objects.get(pk=opportunity.pk).status == OpportunityStatus.PUBLISHED


def test_anonymous_visitors_are_asked_to_sign_in(client, cluster):
    opportunity = OpportunityFactory(organisation=cluster)
    assert client.get(url("opportunity", opportunity)).status_code == 200
    for address in (reverse("partnering:create"), reverse("partnering:mine"), url("edit", opportunity)):
        assert client.get(address).status_code == 302


def test_publishing_through_the_form_and_validating_it(client, cluster, cluster_admin, staff, hydrogen):
    client.force_login(cluster_admin)
    form = client.get(reverse("partnering:create"))
    assert form.status_code == 200
    response = client.post(reverse("partnering:create"), {
        "organisation": cluster.slug, "direction": "request", "kind": "research",
        "title_en": "Partner for a Horizon call", "summary_en": "We seek a Japanese university.",
        "partner_side": "japan", "expires_on": form.context["form"]["expires_on"].initial,
    })
    assert response.status_code == 200  # a research call needs its identifier and deadline
    assert "Name the call" in response.content.decode() and not Opportunity.objects.exists()
    response = client.post(reverse("partnering:create"), {
        "organisation": cluster.slug, "direction": "request", "kind": "research",
        "title_en": "Partner for a Horizon call", "summary_en": "We seek a Japanese university.",
        "partner_side": "japan", "expires_on": form.context["form"]["expires_on"].initial,
        "call_identifier": "HORIZON-CL5-2027-D3-01", "call_deadline": "2027-02-01",
        "sectors": ["cluster:H2"], "partner_kinds": ["cluster"],
    })
    opportunity = Opportunity.objects.get()
    assert response.status_code == 302 and response.url == opportunity.get_absolute_url()
    client.force_login(staff)
    assert opportunity.reference in client.get(reverse("partnering:validation-queue")).content.decode()
    client.post(url("reject", opportunity), {"reason": ""})
    assert Opportunity.objects.get().status == OpportunityStatus.PENDING
    client.post(url("approve", opportunity))
    assert Opportunity.objects.get().status == OpportunityStatus.PUBLISHED
    assert "Partner for a Horizon call" in client.get(reverse("partnering:board")).content.decode()


def test_a_member_of_an_unvalidated_organisation_is_told_why_it_cannot_publish(client, helpdesk):
    user = MembershipFactory(organisation=OrganisationFactory(status=OrganisationStatus.PENDING)).user
    client.force_login(user)
    page = client.get(reverse("partnering:create"))
    assert page.status_code == 200 and "validated" in page.content.decode()


def test_owners_see_their_opportunities_and_renew_them(client, cluster, cluster_admin):
    from django.utils import timezone

    opportunity = OpportunityFactory(organisation=cluster, expires_on=timezone.localdate() + timezone.timedelta(days=3))
    client.force_login(cluster_admin)
    assert opportunity.reference in client.get(reverse("partnering:mine")).content.decode()
    client.post(url("renew", opportunity))
    assert Opportunity.objects.get().expires_on > opportunity.expires_on
    page = client.post(url("renew", opportunity), follow=True)
    assert "30 days before it expires" in page.content.decode()


def test_the_opportunity_page_in_japanese(client, cluster):
    opportunity = OpportunityFactory(organisation=cluster, title_ja="水素の協力")
    page = client.get(url("opportunity", opportunity).replace("/en/", "/ja/"))
    assert "水素の協力" in page.content.decode()


@pytest.mark.parametrize("rows", [1, 5])
def test_my_opportunities_take_a_fixed_number_of_queries(client, cluster, cluster_admin, rows,
                                                         django_assert_num_queries):
    for _row in range(rows):
        OpportunityFactory(organisation=cluster)
    client.force_login(cluster_admin)
    client.get(reverse("partnering:mine"))
    with django_assert_num_queries(5):
        client.get(reverse("partnering:mine"))
