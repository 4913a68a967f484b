"""The directory's e-mails: who receives them, and their text as people wrote it (not HTML)."""

from datetime import timedelta

from directory.factories import MembershipFactory, OrganisationFactory, UserFactory
from django.core import mail
from django.utils import timezone

from ejrc.directory.domain.contacts import answer_contact_request, request_contact
from ejrc.directory.domain.profiles import approve_revision, create_organisation, reject_revision, submit_changes
from ejrc.directory.domain.staleness import remind_stale_profiles
from ejrc.directory.models import Membership

AWKWARD = "R&D <Lab> O'Brien"
HTML_ENTITIES = ("&amp;", "&lt;", "&gt;", "&#x27;", "&#39;", "&quot;")


def assert_plain_text(messages):
    """Every subject and body names the organisation as written, with no HTML entity in sight."""
    assert messages
    for message in messages:
        assert AWKWARD in message.subject, message.subject
        assert AWKWARD in message.body, message.body
        for entity in HTML_ENTITIES:
            assert entity not in message.subject and entity not in message.body


def test_every_directory_email_shows_names_with_ampersands_brackets_and_quotes_as_written(
    proposal, staff_user, django_capture_on_commit_callbacks
):
    owner = UserFactory(preferred_language="en")
    with django_capture_on_commit_callbacks(execute=True):
        organisation = create_organisation(actor=owner, data={**proposal, "name_en": AWKWARD})
    assert_plain_text(mail.outbox)  # validation requested
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        approve_revision(actor=staff_user, revision=organisation.revisions.get())
    assert_plain_text(mail.outbox)  # approved
    mail.outbox.clear()
    organisation.refresh_from_db()
    revision = submit_changes(actor=owner, organisation=organisation, data={**proposal, "name_en": AWKWARD})
    with django_capture_on_commit_callbacks(execute=True):
        reject_revision(actor=staff_user, revision=revision, reason="Please add a Japanese description.")
    assert_plain_text([m for m in mail.outbox if m.to == [owner.email]])  # rejected
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        request = request_contact(actor=UserFactory(), organisation=organisation, message="Hello")
    assert_plain_text(mail.outbox)  # contact requested
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        answer_contact_request(actor=owner, request=request, accept=True)
    assert_plain_text(mail.outbox)  # contact answered


def test_reminders_show_names_as_written(helpdesk, django_capture_on_commit_callbacks):
    organisation = OrganisationFactory(name_en=AWKWARD, confirmed_at=timezone.now() - timedelta(days=400))
    MembershipFactory(organisation=organisation, role=Membership.Role.ADMIN, user__preferred_language="en")
    with django_capture_on_commit_callbacks(execute=True):
        remind_stale_profiles()
    assert_plain_text(mail.outbox)
