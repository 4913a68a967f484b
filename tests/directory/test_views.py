"""What directory actions do for each role; the status of every view per role is in tests/authz."""

import pytest
from directory.factories import (
    ContactFactory,
    ContactRequestFactory,
    LabelFactory,
    MembershipFactory,
    OrganisationFactory,
    ProfileRevisionFactory,
)
from django.urls import reverse
from django.utils import timezone

from ejrc.directory.domain.revision_data import organisation_data
from ejrc.directory.models import Membership, OrganisationRelation

ROLES = ["anonymous", "outsider", "member", "admin", "staff"]


@pytest.fixture
def people(organisation, admin_user, member_user, staff_user, outsider):
    return {"anonymous": None, "outsider": outsider, "member": member_user, "admin": admin_user, "staff": staff_user}


@pytest.fixture
def as_role(client, people):
    def log_in(role):
        if people[role] is not None:
            client.force_login(people[role])
        return client
    return log_in


def expect(role, allowed, anonymous=302):
    if role == "anonymous":
        return anonymous
    return 200 if role in allowed else 404


@pytest.mark.parametrize("role", ROLES)
def test_revision_page_and_decisions_are_for_staff_only(as_role, organisation, role):
    revision = ProfileRevisionFactory(organisation=organisation)
    client = as_role(role)
    assert client.get(reverse("directory:revision", args=[revision.pk])).status_code == expect(role, {"staff"})
    response = client.post(reverse("directory:revision-reject", args=[revision.pk]), {"reason": "No"})
    assert response.status_code == (302 if role in ("anonymous", "staff") else 404)
    revision.refresh_from_db()
    assert revision.status == ("rejected" if role == "staff" else "pending")


@pytest.mark.parametrize("role", ROLES)
def test_post_actions_matrix(as_role, organisation, role, outsider):
    client = as_role(role)
    denied = 302 if role == "anonymous" else 404
    confirm = client.post(reverse("directory:confirm", args=[organisation.slug]))
    assert confirm.status_code == (302 if role == "admin" else denied)
    request = ContactRequestFactory(organisation=organisation)
    answer = client.post(reverse("directory:request-answer", args=[request.pk]), {"answer": "accept"})
    assert answer.status_code == (302 if role in ("member", "admin") else denied)
    other = MembershipFactory(organisation=organisation, role=Membership.Role.MEMBER)
    remove = client.post(reverse("directory:member-remove", args=[organisation.slug, other.pk]))
    assert remove.status_code == (302 if role == "admin" else denied)
    assert organisation.memberships.filter(pk=other.pk).exists() == (role != "admin")
    relation = OrganisationRelation.objects.create(source=organisation, target=OrganisationFactory(), kind="partner_of")
    unrelate = client.post(reverse("directory:relation-remove", args=[organisation.slug, relation.pk]))
    assert unrelate.status_code == (302 if role == "admin" else denied)
    contact = client.post(reverse("directory:request-contact", args=[organisation.slug]), {"message": "Hello"})
    assert contact.status_code == (302 if role in ("anonymous", "outsider", "staff") else 404)


@pytest.mark.parametrize("role", ROLES)
def test_only_staff_approve(as_role, organisation, role):
    revision = ProfileRevisionFactory(organisation=organisation, data={**organisation_data(organisation), "city": "Annecy"})
    response = as_role(role).post(reverse("directory:revision-approve", args=[revision.pk]))
    assert response.status_code == (302 if role in ("anonymous", "staff") else 404)
    organisation.refresh_from_db()
    assert (organisation.city == "Annecy") == (role == "staff")


def test_profile_page_shows_both_languages_labels_contacts_and_relations(client, organisation, outsider):
    import datetime

    LabelFactory(organisation=organisation, kind="excellence_silver", expires_on=datetime.date(2020, 1, 1))
    ContactFactory(organisation=organisation, name="Public Person", visibility="public")
    ContactFactory(organisation=organisation, name="Hidden Person", visibility="on_request")
    network = OrganisationFactory(name_en="Demo Network", kind="cluster_network")
    OrganisationRelation.objects.create(source=organisation, target=network, kind="member_of", confirmed_at=timezone.now())
    content = client.get(organisation.get_absolute_url()).content.decode()
    assert organisation.name_en in content and organisation.name_ja in content
    assert "expired on" in content and "Public Person" in content and "Hidden Person" not in content
    assert "Demo Network" in content and "Sign in to see more contacts" in content
    client.force_login(outsider)
    assert "Send the request" in client.get(organisation.get_absolute_url()).content.decode()


def test_profile_page_in_japanese_puts_japanese_first(client, organisation):
    content = client.get(f"/ja/directory/{organisation.slug}/").content.decode()
    assert content.index(organisation.name_ja) < content.index(organisation.name_en)


def test_owners_see_the_pending_banner_and_the_rejection_reason(client, organisation, admin_user):
    revision = ProfileRevisionFactory(organisation=organisation)
    client.force_login(admin_user)
    assert "waiting for validation" in client.get(organisation.get_absolute_url()).content.decode()
    revision.status, revision.reason = "rejected", "Please add a logo."
    revision.save()
    assert "Please add a logo." in client.get(organisation.get_absolute_url()).content.decode()


def test_possibly_outdated_badge(client, organisation):
    organisation.confirmed_at = None
    organisation.save()
    assert "Possibly outdated" in client.get(organisation.get_absolute_url()).content.decode()


def test_staff_approve_from_the_queue(client, organisation, staff_user, admin_user):
    from ejrc.directory.domain.profiles import submit_changes
    from ejrc.directory.domain.revision_data import organisation_data

    data = {**organisation_data(organisation), "city": "Grenoble"}
    revision = submit_changes(actor=admin_user, organisation=organisation, data=data)
    client.force_login(staff_user)
    page = client.get(reverse("directory:revision", args=[revision.pk])).content.decode()
    assert 'class="changed">Grenoble' in page
    client.post(reverse("directory:revision-approve", args=[revision.pk]))
    organisation.refresh_from_db()
    assert organisation.city == "Grenoble"


def test_rejecting_without_reason_reshows_the_form(client, organisation, staff_user):
    revision = ProfileRevisionFactory(organisation=organisation)
    client.force_login(staff_user)
    response = client.post(reverse("directory:revision-reject", args=[revision.pk]), {"reason": ""})
    assert response.status_code == 200 and "required" in response.content.decode()


def test_queue_shows_own_office_first_and_filters(client, helpdesk, staff_user):
    french = ProfileRevisionFactory(organisation=OrganisationFactory(name_en="French one"))
    japanese = ProfileRevisionFactory(organisation=OrganisationFactory(name_en="Japanese one", japanese=True))
    client.force_login(staff_user)
    everything = client.get(reverse("directory:validation-queue")).content.decode()
    assert everything.index("French one") < everything.index("Japanese one")
    gifu = client.get(reverse("directory:validation-queue") + "?office=gifu").content.decode()
    assert "Japanese one" in gifu and "French one" not in gifu
    assert french.pk and japanese.pk


def test_queue_query_count(client, helpdesk, staff_user, django_assert_max_num_queries):
    for _ in range(8):
        ProfileRevisionFactory(organisation=OrganisationFactory())
    client.force_login(staff_user)
    with django_assert_max_num_queries(12):
        assert client.get(reverse("directory:validation-queue") + "?office=all").status_code == 200


def test_my_organisations_query_count(client, helpdesk, admin_user, django_assert_max_num_queries):
    for _ in range(8):
        MembershipFactory(user=admin_user, organisation=OrganisationFactory())
    client.force_login(admin_user)
    with django_assert_max_num_queries(12):
        assert client.get(reverse("directory:mine")).status_code == 200


def test_requests_inbox_query_count(client, organisation, admin_user, django_assert_max_num_queries):
    for _ in range(8):
        ContactRequestFactory(organisation=organisation)
    client.force_login(admin_user)
    with django_assert_max_num_queries(12):
        assert client.get(reverse("directory:requests")).status_code == 200


def test_profile_page_query_count_does_not_grow_with_content(client, organisation, django_assert_max_num_queries):
    for index in range(6):
        ContactFactory(organisation=organisation)
        LabelFactory(organisation=organisation)
        OrganisationRelation.objects.create(
            source=OrganisationFactory(), target=organisation, kind="member_of"
        )
    with django_assert_max_num_queries(25):
        assert client.get(organisation.get_absolute_url()).status_code == 200


def test_editing_keeps_untouched_labels_and_contacts(client, organisation, admin_user):
    from directory.factories import region

    from ejrc.directory.domain.revision_data import organisation_data

    region()
    LabelFactory(organisation=organisation, kind="een_member")
    ContactFactory(organisation=organisation, name="Kept Person")
    client.force_login(admin_user)
    page = client.get(reverse("directory:edit", args=[organisation.slug]))
    form = page.context["form"]
    data = {name: field.value() for name, field in ((n, form[n]) for n in form.fields) if field.value() not in (None, "")}
    for prefix, formset in (("labels", page.context["labels"]), ("contacts", page.context["contacts"])):
        data.update({f"{prefix}-TOTAL_FORMS": formset.total_form_count(), f"{prefix}-INITIAL_FORMS": formset.initial_form_count()})
        for sub in formset.forms:
            for name in sub.fields:
                value = sub[name].value()
                if value not in (None, "", False):
                    data[sub.add_prefix(name)] = value.isoformat() if hasattr(value, "isoformat") else value
    data["city"] = "Chambéry"
    data.pop("logo", None)
    response = client.post(reverse("directory:edit", args=[organisation.slug]), data)
    assert response.status_code == 302, response.context["form"].errors
    proposal = organisation.revisions.get(status="pending").data
    assert proposal["city"] == "Chambéry"
    assert [label["kind"] for label in proposal["labels"]] == ["een_member"]
    assert [contact["name"] for contact in proposal["contacts"]] == ["Kept Person"]
    assert organisation_data(organisation)["city"] != "Chambéry"


@pytest.mark.parametrize("model", ["organisation", "profilerevision", "sector", "membership", "contactrequest",
                                   "organisationrelation", "cooperationlink"])
def test_admin_pages_open(client, organisation, model):
    from directory.factories import StaffUserFactory

    superuser = StaffUserFactory(office=None, is_staff=True, is_superuser=True)  # with a second factor
    client.force_login(superuser)
    assert client.get(reverse(f"admin:directory_{model}_changelist")).status_code == 200
    if model == "organisation":
        assert client.get(reverse("admin:directory_organisation_change", args=[organisation.pk])).status_code == 200


def test_the_diff_names_codes(client, organisation, staff_user, admin_user):
    from directory.factories import SectorFactory

    from ejrc.directory.domain.profiles import submit_changes
    from ejrc.directory.domain.revision_data import organisation_data

    SectorFactory(scheme="nace", code="29", name_en="Manufacture of motor vehicles")
    data = {**organisation_data(organisation), "sectors": ["nace:29"], "interests": ["tourism"]}
    revision = submit_changes(actor=admin_user, organisation=organisation, data=data)
    client.force_login(staff_user)
    page = client.get(reverse("directory:revision", args=[revision.pk])).content.decode()
    assert "29 · Manufacture of motor vehicles" in page and "Tourism" in page


def test_a_contact_request_on_behalf_of_ones_organisation(client, organisation, django_capture_on_commit_callbacks):
    from ejrc.directory.models import ContactRequest

    mine = MembershipFactory(organisation=OrganisationFactory(name_en="Gifu Wings", japanese=True))
    client.force_login(mine.user)
    page = client.get(reverse("directory:request-contact", args=[organisation.slug])).content.decode()
    assert "Gifu Wings" in page
    client.post(reverse("directory:request-contact", args=[organisation.slug]),
                {"message": "Shall we meet in Gifu?", "requester_organisation": mine.organisation.pk})
    request = ContactRequest.objects.get()
    assert request.requester_organisation == mine.organisation and request.requester == mine.user


def test_the_contact_form_asks_no_organisation_of_people_without_one(client, organisation, outsider):
    client.force_login(outsider)
    page = client.get(reverse("directory:request-contact", args=[organisation.slug])).content.decode()
    assert "requester_organisation" not in page
    response = client.post(reverse("directory:request-contact", args=[organisation.slug]), {"message": ""})
    assert response.status_code == 200 and "required" in response.content.decode()


def test_invitation_pages_in_japanese(client, organisation, admin_user, outsider):
    from ejrc.directory.domain.members import invite_member

    invite_member(actor=admin_user, organisation=organisation, email=outsider.email)
    client.force_login(admin_user)
    assert "招待済み・回答待ち" in client.get(f"/ja/directory/{organisation.slug}/members/").content.decode()
    client.force_login(outsider)
    page = client.get("/ja/directory/mine/").content.decode()
    assert "回答待ちの招待" in page and organisation.name_ja in page
