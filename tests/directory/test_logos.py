"""Logos with DEBUG off: published ones are served to everyone from outside ``pending/``, proposed
ones only to the organisation's members and staff, and the files of withdrawn or rejected
proposals are deleted (finding 10 of the security review)."""

import io

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from ejrc.directory.domain.profiles import approve_revision, reject_revision, submit_changes
from ejrc.directory.domain.revision_data import organisation_data

pytestmark = pytest.mark.django_db


def png(colour="teal"):
    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def status(client, url):
    """The status of fetching ``url``; a file is read to the end, which closes it."""
    response = client.get(url)
    if response.streaming:
        b"".join(response.streaming_content)
    return response.status_code


def upload(colour="teal"):
    return SimpleUploadedFile("logo.png", png(colour), content_type="image/png")


@pytest.fixture
def propose(organisation, admin_user, django_capture_on_commit_callbacks):
    """Send a change of ``organisation`` with a logo, as its admin; after-commit work is run."""
    def send(logo):
        with django_capture_on_commit_callbacks(execute=True):
            return submit_changes(actor=admin_user, organisation=organisation,
                                  data=organisation_data(organisation), logo=logo)
    return send


@pytest.fixture
def decide(staff_user, django_capture_on_commit_callbacks):
    def run(action, revision, **options):
        with django_capture_on_commit_callbacks(execute=True):
            return action(actor=staff_user, revision=revision, **options)
    return run


def test_an_approved_logo_leaves_pending_and_is_served_to_everyone(client, organisation, propose, decide):
    revision = propose(upload())
    pending_name = revision.logo.name
    assert pending_name.startswith("logos/pending/")
    decide(approve_revision, revision)
    organisation.refresh_from_db()
    assert organisation.logo.name.startswith("logos/") and "pending" not in organisation.logo.name
    assert not default_storage.exists(pending_name)
    response = client.get(organisation.logo.url)
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content) == png()


def test_a_proposed_logo_is_only_for_members_and_staff(client, organisation, propose, admin_user, member_user,
                                                       staff_user, outsider):
    url = propose(upload()).logo.url
    assert status(client, url) == 404
    for person, expected in ((outsider, 404), (member_user, 200), (admin_user, 200), (staff_user, 200)):
        client.force_login(person)
        assert status(client, url) == expected, person


def test_replacing_a_logo_deletes_the_old_file(organisation, propose, decide):
    decide(approve_revision, propose(upload("teal")))
    organisation.refresh_from_db()
    first = organisation.logo.name
    decide(approve_revision, propose(upload("navy")))
    organisation.refresh_from_db()
    assert organisation.logo.name != first
    assert default_storage.exists(organisation.logo.name) and not default_storage.exists(first)


def test_a_rejected_proposal_loses_its_logo_file(organisation, propose, decide):
    revision = propose(upload())
    decide(reject_revision, revision, reason="The logo is upside down.")
    assert not default_storage.exists(revision.logo.name)


def test_a_withdrawn_proposal_loses_its_logo_file_unless_the_next_one_keeps_it(organisation, propose):
    first = propose(upload("teal"))
    kept = propose(None)  # a new proposal without a new logo keeps the one already proposed
    assert kept.logo.name == first.logo.name and default_storage.exists(first.logo.name)
    replaced = propose(upload("navy"))
    assert not default_storage.exists(first.logo.name)
    assert default_storage.exists(replaced.logo.name)


@pytest.mark.parametrize("path", ["/media/../../etc/passwd", "/media/logos/missing.png", "/media/logos/",
                                  "/media/other/file.png", "/media/logos/pending/../../settings.py"])
def test_anything_else_under_media_is_not_found(client, organisation, path):
    assert status(client, path) == 404
