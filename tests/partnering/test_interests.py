"""Expressions of interest: bad input, staged disclosure of contacts, the conversation."""

from datetime import timedelta

import pytest
from directory.factories import ContactFactory, MembershipFactory, OrganisationFactory
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone
from partnering.factories import OpportunityFactory

from ejrc.directory.models import OrganisationStatus, Visibility
from ejrc.partnering.domain.interests import (
    answer_interest,
    disclosed_contacts,
    express_interest,
    post_message,
    withdraw_interest,
)
from ejrc.partnering.models import ExpressionOfInterest, OpportunityStatus

pytestmark = pytest.mark.django_db
Status = ExpressionOfInterest.Status


@pytest.fixture
def opportunity(cluster, cluster_admin):
    return OpportunityFactory(organisation=cluster)


def express(actor, opportunity, organisation, message="We make hydrogen buses in Gifu."):
    return express_interest(actor=actor, opportunity=opportunity, organisation=organisation, message=message)


def test_expressing_interest_tells_the_owners(opportunity, gifu, gifu_officer, cluster_admin,
                                              django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        interest = express(gifu_officer, opportunity, gifu)
    assert interest.status == Status.PENDING
    assert [m.to for m in mail.outbox] == [[cluster_admin.email]]
    assert "Gifu Prefecture" in mail.outbox[0].subject


def test_twice_is_refused_with_a_clear_message(opportunity, gifu, gifu_officer):
    express(gifu_officer, opportunity, gifu)
    with pytest.raises(ValidationError, match="already expressed interest"):
        express(gifu_officer, opportunity, gifu)
    assert ExpressionOfInterest.objects.count() == 1


def test_ones_own_opportunity_is_refused(opportunity, cluster, cluster_admin):
    with pytest.raises(ValidationError, match="your own"):
        express(cluster_admin, opportunity, cluster)


@pytest.mark.parametrize("change", [
    {"expires_on": timezone.localdate() - timedelta(days=1)},
    {"status": OpportunityStatus.PENDING},
    {"status": OpportunityStatus.WITHDRAWN},
])
def test_an_expired_or_unvalidated_opportunity_is_refused(opportunity, gifu, gifu_officer, change):
    for field, value in change.items():
        setattr(opportunity, field, value)
    opportunity.save()
    with pytest.raises(ValidationError, match="not open"):
        express(gifu_officer, opportunity, gifu)


def test_only_members_of_a_validated_organisation_express_interest(opportunity, gifu, outsider):
    with pytest.raises(PermissionDenied):
        express(outsider, opportunity, gifu)
    unvalidated = OrganisationFactory(japanese=True, status=OrganisationStatus.PENDING)
    member = MembershipFactory(organisation=unvalidated).user
    with pytest.raises(ValidationError, match="validated"):
        express(member, opportunity, unvalidated)
    with pytest.raises(ValidationError):
        express(MembershipFactory(organisation=gifu).user, opportunity, gifu, message="   ")


def test_accepting_a_withdrawn_one_is_refused(opportunity, gifu, gifu_officer, cluster_admin):
    interest = express(gifu_officer, opportunity, gifu)
    withdraw_interest(actor=gifu_officer, interest=interest)
    with pytest.raises(ValidationError, match="withdrawn"):
        answer_interest(actor=cluster_admin, interest=interest, accept=True)
    assert ExpressionOfInterest.objects.get().status == Status.WITHDRAWN
    express(gifu_officer, opportunity, gifu, message="Again, with more detail.")  # may try again


def test_only_the_owners_answer_and_only_once(opportunity, gifu, gifu_officer, cluster_admin):
    interest = express(gifu_officer, opportunity, gifu)
    with pytest.raises(PermissionDenied):
        answer_interest(actor=gifu_officer, interest=interest, accept=True)
    answer_interest(actor=cluster_admin, interest=interest, accept=False)
    with pytest.raises(ValidationError, match="already been answered"):
        answer_interest(actor=cluster_admin, interest=interest, accept=True)


def test_contacts_after_an_accepted_contact_are_disclosed_to_both_sides_on_acceptance(
        opportunity, cluster, gifu, gifu_officer, cluster_admin):
    ContactFactory(organisation=cluster, name="Public Paul", visibility=Visibility.PUBLIC)
    ContactFactory(organisation=cluster, name="Private Petra", visibility=Visibility.ON_REQUEST)
    ContactFactory(organisation=gifu, name="岐阜 花子", visibility=Visibility.ON_REQUEST)
    interest = express(gifu_officer, opportunity, gifu)
    names = lambda organisation: {c.name for c in disclosed_contacts(interest=interest, organisation=organisation)}  # noqa: E731
    assert names(cluster) == {"Public Paul"} and names(gifu) == set()
    interest = answer_interest(actor=cluster_admin, interest=interest, accept=True)
    assert names(cluster) == {"Public Paul", "Private Petra"} and names(gifu) == {"岐阜 花子"}


def test_the_conversation_mails_the_other_side_in_its_language(opportunity, gifu, gifu_officer, cluster_admin,
                                                               django_capture_on_commit_callbacks):
    interest = express(gifu_officer, opportunity, gifu)
    with pytest.raises(ValidationError, match="once the contact is accepted"):
        post_message(actor=gifu_officer, interest=interest, body="Hello")
    answer_interest(actor=cluster_admin, interest=interest, accept=True)
    with django_capture_on_commit_callbacks(execute=True):
        post_message(actor=cluster_admin, interest=interest, body="Shall we meet in Gifu?")
        post_message(actor=gifu_officer, interest=interest, body="はい、ぜひ。")
    to_officer, to_cluster = mail.outbox
    assert to_officer.to == [gifu_officer.email] and "メッセージ" in to_officer.subject
    assert to_cluster.to == [cluster_admin.email] and "New message from" in to_cluster.subject
    assert "はい、ぜひ。" in to_cluster.body
    with pytest.raises(PermissionDenied):
        post_message(actor=MembershipFactory().user, interest=interest, body="Me too")


def test_the_pages_of_a_contact(client, opportunity, gifu, gifu_officer, cluster, cluster_admin, outsider):
    ContactFactory(organisation=cluster, name="Private Petra", visibility=Visibility.ON_REQUEST)
    client.force_login(gifu_officer)
    address = reverse("partnering:express-interest", kwargs={"reference": opportunity.reference})
    response = client.post(address, {"organisation": gifu.slug, "message": "<script>x()</script> Hello"})
    interest = ExpressionOfInterest.objects.get()
    page_url = reverse("partnering:interest", kwargs={"pk": interest.pk})
    assert response.status_code == 302 and response.url == page_url
    again = client.post(address, {"organisation": gifu.slug, "message": "Again"})
    assert again.status_code == 200 and "already expressed interest" in again.content.decode()
    page = client.get(page_url).content.decode()
    assert "Private Petra" not in page and "&lt;script&gt;x()" in page
    client.force_login(outsider)
    assert client.get(page_url).status_code == 404
    assert client.post(reverse("partnering:interest-answer", kwargs={"pk": interest.pk}),
                       {"accept": "yes"}).status_code == 404
    client.force_login(cluster_admin)
    client.post(reverse("partnering:interest-answer", kwargs={"pk": interest.pk}), {"accept": "yes"})
    client.force_login(gifu_officer)
    assert "Private Petra" in client.get(page_url.replace("/en/", "/ja/")).content.decode()
    client.post(reverse("partnering:interest-message", kwargs={"pk": interest.pk}), {"body": ""})
    assert not interest.messages.exists()
