"""Every number fits its database column and every free text has a sensible length: too much
gets a clear message and saves nothing, and the staff approval never fails on what is stored
(findings 3 and 12 of the security review). Run on SQLite and on PostgreSQL."""

import pytest
from directory.test_forms import author, form_data, post  # noqa: F401  (author: the signed-in author)
from django.core.exceptions import ValidationError
from django.urls import reverse

from ejrc.directory.domain.limits import DESCRIPTION_MAX_LENGTH, MAX_MEMBER_COUNT, MESSAGE_MAX_LENGTH
from ejrc.directory.domain.profiles import create_organisation, submit_changes
from ejrc.directory.domain.revision_data import organisation_data
from ejrc.directory.models import ContactRequest, Organisation, ProfileRevision

pytestmark = pytest.mark.django_db
HUGE = "100000000000000000000"


def test_a_huge_member_count_on_a_new_profile_gets_a_message_and_saves_nothing(client, author):
    response = post(client, member_count=HUGE)
    assert response.status_code == 200
    assert "less than or equal to 2147483647" in response.content.decode()
    assert not Organisation.objects.exists()


def test_the_largest_member_count_the_column_holds_is_accepted(client, author):
    response = post(client, member_count=str(MAX_MEMBER_COUNT))
    assert response.status_code == 302
    assert Organisation.objects.get().member_count == MAX_MEMBER_COUNT


def test_a_huge_member_count_on_a_published_profile_gets_a_message(client, organisation, admin_user):
    client.force_login(admin_user)
    data = form_data(name_en=organisation.name_en, member_count=HUGE, region="")
    response = client.post(reverse("directory:edit", args=[organisation.slug]), data)
    assert response.status_code == 200
    assert "less than or equal to 2147483647" in response.content.decode()
    assert not organisation.revisions.exists()


def test_other_callers_are_checked_by_the_domain_too(organisation, admin_user, proposal):
    with pytest.raises(ValidationError) as error:
        submit_changes(actor=admin_user, organisation=organisation,
                       data={**organisation_data(organisation), "member_count": int(HUGE)})
    assert "member_count" in error.value.error_dict
    with pytest.raises(ValidationError) as error:
        create_organisation(actor=admin_user, data={**proposal, "description_en": "x" * (DESCRIPTION_MAX_LENGTH + 1)})
    assert "description_en" in error.value.error_dict
    assert not organisation.revisions.exists() and Organisation.objects.count() == 1


@pytest.mark.parametrize("field, value", [("member_count", int(HUGE)), ("member_count", -1),
                                          ("description_en", "x" * 1_500_000), ("city", "x" * 101),
                                          ("contacts", [{"name": "x" * 151}])])
def test_a_stored_proposal_out_of_bounds_is_refused_with_a_message_not_an_error(
        client, organisation, staff_user, field, value):
    """A proposal stored before the limits existed: approval explains instead of failing."""
    revision = ProfileRevision.objects.create(
        organisation=organisation, office=organisation.office,
        data={**organisation_data(organisation), field: value},
    )
    client.force_login(staff_user)
    response = client.post(reverse("directory:revision-approve", args=[revision.pk]), follow=True)
    assert response.redirect_chain == [(reverse("directory:revision", args=[revision.pk]), 302)]
    assert "cannot be published as it is" in response.content.decode()
    revision.refresh_from_db()
    organisation.refresh_from_db()
    assert revision.status == ProfileRevision.Status.PENDING
    assert organisation.member_count != value and organisation.city != value


def test_a_description_of_one_and_a_half_megabytes_gets_a_message(client, author):
    response = post(client, description_en="<p>" + "x" * 1_500_000 + "</p>")
    assert response.status_code == 200
    assert f"at most {DESCRIPTION_MAX_LENGTH} characters" in response.content.decode()
    assert not Organisation.objects.exists()


def test_a_website_longer_than_its_column_gets_a_message(client, author):
    response = post(client, website="https://example.org/" + "a" * 300)
    assert response.status_code == 200
    assert "at most 200 characters" in response.content.decode()


def test_a_long_contact_request_gets_a_message(client, organisation, outsider):
    client.force_login(outsider)
    url = reverse("directory:request-contact", args=[organisation.slug])
    response = client.post(url, {"message": "x" * (MESSAGE_MAX_LENGTH + 1)})
    assert response.status_code == 200
    assert f"at most {MESSAGE_MAX_LENGTH} characters" in response.content.decode()
    assert not ContactRequest.objects.exists()


def test_a_long_rejection_reason_gets_a_message(client, organisation, staff_user):
    revision = ProfileRevision.objects.create(organisation=organisation, office=organisation.office,
                                              data=organisation_data(organisation))
    client.force_login(staff_user)
    response = client.post(reverse("directory:revision-reject", args=[revision.pk]),
                           {"reason": "x" * (MESSAGE_MAX_LENGTH + 1)})
    assert response.status_code == 200
    assert f"at most {MESSAGE_MAX_LENGTH} characters" in response.content.decode()
    revision.refresh_from_db()
    assert revision.status == ProfileRevision.Status.PENDING
