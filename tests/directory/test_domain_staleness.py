from datetime import timedelta

from directory.factories import MembershipFactory, OrganisationFactory
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from ejrc.directory.domain.staleness import remind_stale_profiles
from ejrc.directory.models import Membership


def test_admins_of_due_and_overdue_profiles_are_reminded_in_their_language(
    helpdesk, django_capture_on_commit_callbacks
):
    now = timezone.now()
    due_soon = OrganisationFactory(confirmed_at=now - timedelta(days=350))
    overdue = OrganisationFactory(confirmed_at=now - timedelta(days=400))
    never = OrganisationFactory(confirmed_at=None)
    fresh = OrganisationFactory(confirmed_at=now - timedelta(days=100))
    unpublished = OrganisationFactory(confirmed_at=None, status="pending")
    admins = {}
    for organisation, language in [(due_soon, "en"), (overdue, "ja"), (never, "en"), (fresh, "en"), (unpublished, "en")]:
        admins[organisation.pk] = MembershipFactory(
            organisation=organisation, role=Membership.Role.ADMIN, user__preferred_language=language
        ).user
    MembershipFactory(organisation=overdue, role=Membership.Role.MEMBER)
    with django_capture_on_commit_callbacks(execute=True):
        assert remind_stale_profiles(now=now) == 3
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {admins[due_soon.pk].email, admins[overdue.pk].email, admins[never.pk].email}
    assert "still current" in by_recipient[admins[due_soon.pk].email].subject
    assert "will be marked" in by_recipient[admins[due_soon.pk].email].body
    assert "最新" in by_recipient[admins[overdue.pk].email].subject
    assert f"/ja/directory/{overdue.slug}/" in by_recipient[admins[overdue.pk].email].body
    assert f"/en/directory/{due_soon.slug}/" in by_recipient[admins[due_soon.pk].email].body


def test_the_command_reports_the_count(helpdesk, capsys):
    OrganisationFactory(confirmed_at=None)
    call_command("remind_stale_profiles")
    assert "1 profile" in capsys.readouterr().out
