"""The agreements screen: office staff record agreements between organisations, shown on each profile."""

import datetime
from pathlib import Path

import pytest
from directory.factories import MembershipFactory, OrganisationFactory, StaffUserFactory
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from ejrc.core.models import ActivityLog
from ejrc.directory.domain.agreements import MAX_DOCUMENT_BYTES, save_agreement
from ejrc.directory.models import CooperationLink, Membership

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


def pdf(content=PDF, name="agreement.pdf"):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


@pytest.fixture
def parties(organisation):
    """A French cluster (``organisation``) and a cluster in Gifu."""
    gifu = OrganisationFactory(japanese=True, name_en="Gifu Aerospace", name_ja="岐阜航空宇宙")
    return organisation, gifu


def form_data(parties, **changes):
    return {"kind": "mou", "title_en": "Memorandum on hydrogen", "title_ja": "水素に関する覚書",
            "signed_on": "2025-06-02", "url": "https://agreements.example/mou",
            "organisations": [o.pk for o in parties], **changes}


def record(staff_user, parties):
    """An agreement recorded by the domain, as the screen would."""
    data = {**form_data(parties), "signed_on": datetime.date(2025, 6, 2)}
    return save_agreement(actor=staff_user, data=data, organisations=parties)


def post_new(client, parties, **changes):
    return client.post(reverse("directory:agreement-create"), form_data(parties, **changes))


def test_staff_record_an_agreement_shown_on_both_profiles_in_both_languages(client, staff_user, parties):
    client.force_login(staff_user)
    response = post_new(client, parties, document=pdf())
    assert response.status_code == 302 and response.url == reverse("directory:agreements")
    agreement = CooperationLink.objects.get(title_en="Memorandum on hydrogen")
    assert set(agreement.organisations.all()) == set(parties)
    assert (agreement.kind, agreement.signed_on, agreement.since) == ("mou", datetime.date(2025, 6, 2), 2025)
    assert (agreement.eu_organisation, agreement.jp_organisation) == parties
    assert Path(settings.MEDIA_ROOT, agreement.document.name).read_bytes() == PDF
    log = ActivityLog.objects.get(action="directory.agreement.create")
    assert (log.actor, log.object_id) == (staff_user, str(agreement.pk))
    assert sorted(log.data["organisations"]) == sorted(o.pk for o in parties)
    client.logout()
    french, japanese = parties
    english = client.get(french.get_absolute_url()).content.decode()
    assert '<span lang="en">Memorandum on hydrogen</span> <span lang="ja" class="other">水素に関する覚書</span>' in english
    assert f'<a href="{japanese.get_absolute_url()}"><span lang="en">Gifu Aerospace</span>' in english
    assert agreement.document.url in english and "https://agreements.example/mou" in english
    with translation.override("ja"):
        url = japanese.get_absolute_url()
    japanese_page = client.get(url).content.decode()
    assert '<span lang="ja">水素に関する覚書</span> <span lang="en" class="other">Memorandum on hydrogen</span>' in japanese_page
    assert "締結先：" in japanese_page and "2025年6月2日締結" in japanese_page


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"document": "png"}, "document", "The document must be a PDF file."),
    ({"document": "large"}, "document", "The document is too large"),
    ({"organisations": "one"}, "organisations", "Choose at least two organisations"),
    ({"organisations": "europeans"}, "organisations", "Choose at least two organisations"),
    ({"title_en": ""}, "title_en", "This field is required."),
    ({"kind": "twinning"}, "kind", "Select a valid choice."),
    ({"url": "not a web address"}, "url", "Enter a valid URL."),
])
def test_bad_input_is_explained_and_nothing_is_saved(client, staff_user, parties, changes, field, message):
    uploads = {"png": pdf(PNG), "large": pdf(PDF + b"\0" * MAX_DOCUMENT_BYTES)}
    choices = {"one": [parties[0].pk], "europeans": [parties[0].pk, OrganisationFactory().pk]}
    changes = {key: uploads.get(value, choices.get(value, value)) for key, value in changes.items()}
    client.force_login(staff_user)
    response = post_new(client, parties, **changes)
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert response.context["form"]["title_ja"].value() == "水素に関する覚書"  # what was typed is kept
    assert not CooperationLink.objects.exists() and not ActivityLog.objects.filter(action__startswith="directory.agreement").exists()


def test_editing_replaces_the_document_and_removing_deletes_it(
        client, staff_user, parties, django_capture_on_commit_callbacks):
    client.force_login(staff_user)
    post_new(client, parties, document=pdf())
    agreement = CooperationLink.objects.get()
    old_file = Path(settings.MEDIA_ROOT, agreement.document.name)
    edit = reverse("directory:agreement-edit", args=[agreement.pk])
    assert client.get(edit).context["form"]["title_en"].value() == "Memorandum on hydrogen"
    third = OrganisationFactory(japanese=True, name_en="Iwate Silicon")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit, form_data([*parties, third], title_en="Hydrogen MoU",
                                                document=pdf(PDF + b"%v2", "v2.pdf")))
    assert response.status_code == 302
    agreement.refresh_from_db()
    assert agreement.title_en == "Hydrogen MoU" and agreement.organisations.count() == 3
    assert not old_file.exists() and Path(settings.MEDIA_ROOT, agreement.document.name).exists()
    assert ActivityLog.objects.filter(action="directory.agreement.change").count() == 1
    remove = reverse("directory:agreement-remove", args=[agreement.pk])
    assert "Hydrogen MoU" in client.get(remove).content.decode()
    new_file = Path(settings.MEDIA_ROOT, agreement.document.name)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(remove).status_code == 302
    assert not CooperationLink.objects.exists() and not new_file.exists()
    assert ActivityLog.objects.get(action="directory.agreement.remove").data["title"] == "Hydrogen MoU"
    assert "Hydrogen MoU" not in client.get(parties[0].get_absolute_url()).content.decode()


ROLES = ["anonymous", "outsider", "member", "admin", "staff"]


@pytest.mark.parametrize("role", ROLES)
def test_only_office_staff_reach_the_screen(client, parties, staff_user, role):
    agreement = record(staff_user, parties)
    people = {"outsider": MembershipFactory().user, "staff": StaffUserFactory(),
              "member": MembershipFactory(organisation=parties[0], role=Membership.Role.MEMBER).user,
              "admin": MembershipFactory(organisation=parties[0], role=Membership.Role.ADMIN).user}
    if role in people:
        client.force_login(people[role])
    expected = 200 if role == "staff" else 404
    urls = [reverse("directory:agreements"), reverse("directory:agreement-create"),
            reverse("directory:agreement-edit", args=[agreement.pk]),
            reverse("directory:agreement-remove", args=[agreement.pk])]
    assert [client.get(url).status_code for url in urls] == [expected] * 4
    if role != "staff":
        assert client.post(urls[1], form_data(parties)).status_code == 404
        assert client.post(urls[3]).status_code == 404
        assert CooperationLink.objects.get() == agreement
        with pytest.raises(PermissionDenied):
            record(people.get(role, AnonymousUser()), parties)


def test_twinnings_are_not_edited_here(client, staff_user, parties):
    twinning = CooperationLink.objects.create(kind="twinning", eu_place="Lyon", eu_country=parties[0].country,
                                              jp_place="Yokohama")
    client.force_login(staff_user)
    assert client.get(reverse("directory:agreement-edit", args=[twinning.pk])).status_code == 404
    assert client.post(reverse("directory:agreement-remove", args=[twinning.pk])).status_code == 404
    assert CooperationLink.objects.filter(pk=twinning.pk).exists()


def test_the_screen_is_in_japanese(client, staff_user, parties):
    record(staff_user, parties)
    client.force_login(staff_user)
    with translation.override("ja"):
        urls = [reverse("directory:agreements"), reverse("directory:agreement-create")]
    listing, form = (client.get(url).content.decode() for url in urls)
    assert "協定" in listing and '<span lang="ja">水素に関する覚書</span>' in listing
    assert "Agreements" not in listing and "Record an agreement" not in form
