import pytest
from directory.factories import OrganisationFactory, StaffUserFactory, UserFactory
from django.core import mail
from django.core.exceptions import ValidationError

from ejrc.core.models import ActivityLog
from ejrc.directory.domain.profiles import (
    approve_revision,
    confirm_profile_current,
    create_organisation,
    reject_revision,
    submit_changes,
)
from ejrc.directory.models import Membership, Organisation, OrganisationStatus, ProfileRevision


def test_create_makes_a_pending_profile_its_admin_and_a_routed_revision(
    proposal, helpdesk, django_capture_on_commit_callbacks
):
    user = UserFactory()
    staff = StaffUserFactory(office=helpdesk["strasbourg"], preferred_language="ja")
    with django_capture_on_commit_callbacks(execute=True):
        organisation = create_organisation(actor=user, data=proposal)
    assert organisation.status == OrganisationStatus.PENDING
    assert organisation.slug == "lyon-photonics-cluster"
    assert Membership.objects.get(organisation=organisation).user == user
    revision = organisation.revisions.get()
    assert revision.office.code == "strasbourg" and revision.status == ProfileRevision.Status.PENDING
    assert ActivityLog.objects.filter(action="directory.organisation.create").exists()
    recipients = {message.to[0]: message for message in mail.outbox}
    office_email = helpdesk["strasbourg"].email
    assert set(recipients) == {office_email, staff.email}
    assert "承認待ち" in recipients[staff.email].subject
    assert "validate" in recipients[office_email].subject
    review_link = f"http://127.0.0.1:8000/en/directory/validation/{revision.pk}/"
    assert review_link in recipients[office_email].body


def test_japanese_profile_goes_to_the_iwate_office(japanese_proposal):
    organisation = create_organisation(actor=UserFactory(), data=japanese_proposal)
    assert organisation.revisions.get().office.code == "iwate"


def test_description_is_sanitised(proposal):
    proposal["description_en"] = '<p onclick="x()">Hi <script>alert(1)</script><a href="javascript:x">y</a></p>'
    organisation = create_organisation(actor=UserFactory(), data=proposal)
    assert "script" not in organisation.description_en and "onclick" not in organisation.description_en
    assert "javascript" not in organisation.revisions.get().data["description_en"]


def test_duplicate_english_name_in_the_same_country_is_refused(proposal):
    OrganisationFactory(name_en="LYON photonics cluster")
    with pytest.raises(ValidationError) as error:
        create_organisation(actor=UserFactory(), data=proposal)
    assert "name_en" in error.value.error_dict
    assert not Organisation.objects.filter(name_en="Lyon Photonics Cluster").exists()


def test_approval_publishes_everything_and_tells_the_owner_in_their_language(
    proposal, staff_user, django_capture_on_commit_callbacks
):
    owner = UserFactory(preferred_language="ja")
    organisation = create_organisation(actor=owner, data=proposal)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        approve_revision(actor=staff_user, revision=organisation.revisions.get())
    organisation.refresh_from_db()
    assert organisation.is_published and organisation.confirmed_at and organisation.published_at
    assert organisation.labels.count() == 1 and organisation.contacts.count() == 1
    assert sorted(i.interest for i in organisation.interests.all()) == ["innovation", "trade"]
    assert list(organisation.third_countries.values_list("code", flat=True)) == ["VN"]
    assert organisation.region.code == "FRK"
    assert "photonics" in organisation.search_text
    assert [m.to for m in mail.outbox] == [[owner.email]]
    assert "公開" in mail.outbox[0].subject


def test_changes_wait_for_approval_and_a_second_submission_replaces_the_first(
    organisation, admin_user, staff_user, proposal
):
    changed = {**proposal, "name_en": "Alpine Hydrogen Valley"}
    submit_changes(actor=admin_user, organisation=organisation, data=changed)
    organisation.refresh_from_db()
    assert organisation.name_en == "Alpine Hydrogen Cluster" and organisation.is_published
    second = submit_changes(actor=admin_user, organisation=organisation, data={**changed, "city": "Grenoble"})
    assert organisation.revisions.filter(status="pending").get() == second
    assert organisation.revisions.filter(status="withdrawn").count() == 1
    approve_revision(actor=staff_user, revision=second)
    organisation.refresh_from_db()
    assert (organisation.name_en, organisation.city) == ("Alpine Hydrogen Valley", "Grenoble")


def test_rejection_needs_a_reason_and_keeps_the_published_version(
    organisation, admin_user, staff_user, proposal, django_capture_on_commit_callbacks
):
    revision = submit_changes(actor=admin_user, organisation=organisation, data=proposal)
    with pytest.raises(ValidationError):
        reject_revision(actor=staff_user, revision=revision, reason="  ")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        reject_revision(actor=staff_user, revision=revision, reason="Please add a Japanese description.")
    organisation.refresh_from_db()
    revision.refresh_from_db()
    assert organisation.is_published and organisation.name_en == "Alpine Hydrogen Cluster"
    assert revision.status == "rejected" and revision.reason == "Please add a Japanese description."
    assert "Japanese description" in mail.outbox[0].body


def test_rejecting_a_new_profile_marks_it_rejected_until_sent_again(proposal, staff_user):
    owner = UserFactory()
    organisation = create_organisation(actor=owner, data=proposal)
    reject_revision(actor=staff_user, revision=organisation.revisions.get(), reason="Not a cluster.")
    organisation.refresh_from_db()
    assert organisation.status == OrganisationStatus.REJECTED and organisation.rejection_reason == "Not a cluster."
    submit_changes(actor=owner, organisation=organisation, data=proposal)
    organisation.refresh_from_db()
    assert organisation.status == OrganisationStatus.PENDING


def test_only_admins_submit_and_only_staff_validate(organisation, member_user, admin_user, proposal):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        submit_changes(actor=member_user, organisation=organisation, data=proposal)
    revision = submit_changes(actor=admin_user, organisation=organisation, data=proposal)
    with pytest.raises(PermissionDenied):
        approve_revision(actor=admin_user, revision=revision)


def test_a_revision_is_dealt_with_once(organisation, admin_user, staff_user, proposal):
    revision = submit_changes(actor=admin_user, organisation=organisation, data=proposal)
    approve_revision(actor=staff_user, revision=revision)
    with pytest.raises(ValidationError):
        reject_revision(actor=staff_user, revision=revision, reason="Too late")


def test_confirm_current_clears_the_outdated_mark(organisation, admin_user):
    Organisation.objects.filter(pk=organisation.pk).update(confirmed_at=None)
    organisation.refresh_from_db()
    assert organisation.is_possibly_outdated
    confirm_profile_current(actor=admin_user, organisation=organisation)
    assert not organisation.is_possibly_outdated


def test_domain_refuses_a_bad_website_whoever_calls(proposal):
    with pytest.raises(ValidationError) as error:
        create_organisation(actor=UserFactory(), data={**proposal, "website": "javascript:alert(1)"})
    assert "website" in error.value.error_dict
    assert not Organisation.objects.exists()


def test_changes_to_an_unpublished_profile_show_at_once_to_its_owners(proposal):
    owner = UserFactory()
    organisation = create_organisation(actor=owner, data=proposal)
    submit_changes(actor=owner, organisation=organisation, data={**proposal, "city": "Villeurbanne"})
    organisation.refresh_from_db()
    assert organisation.city == "Villeurbanne" and organisation.status == OrganisationStatus.PENDING
    assert organisation.revisions.filter(status="pending").count() == 1
