from datetime import timedelta

from directory.factories import MembershipFactory, OrganisationFactory
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from ejrc.core.tasks import enqueue
from ejrc.directory.domain.staleness import remind_stale_profiles
from ejrc.directory.tasks import remind_stale_profiles as periodic_reminders
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


def test_a_profile_is_reminded_once_when_due_then_at_most_every_90_days(
    helpdesk, django_capture_on_commit_callbacks
):
    now = timezone.now()
    organisation = OrganisationFactory(confirmed_at=now - timedelta(days=340))  # due in 25 days
    admin = MembershipFactory(organisation=organisation, role=Membership.Role.ADMIN).user

    def monthly_run(days_later):
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            count = remind_stale_profiles(now=now + timedelta(days=days_later))
        assert count == len(mail.outbox)
        return [message.to for message in mail.outbox]

    assert monthly_run(0) == [[admin.email]]
    assert monthly_run(1) == []  # run again the next day: nothing more
    assert monthly_run(30) == []  # now overdue, but reminded 30 days ago
    assert monthly_run(60) == []
    assert monthly_run(91) == [[admin.email]]  # still unconfirmed 91 days later
    assert monthly_run(120) == []
    organisation.refresh_from_db()
    assert organisation.last_reminded_at == now + timedelta(days=91)
    organisation.confirmed_at = now + timedelta(days=150)  # the admin confirms it
    organisation.save()
    assert monthly_run(181) == []
    assert monthly_run(150 + 340) == [[admin.email]]  # a year later it is due again


def test_the_periodic_task_sends_the_reminders(helpdesk, django_capture_on_commit_callbacks):
    organisation = OrganisationFactory(confirmed_at=None)
    admin = MembershipFactory(organisation=organisation, role=Membership.Role.ADMIN).user
    with django_capture_on_commit_callbacks(execute=True):
        enqueue(periodic_reminders)
    assert [message.to for message in mail.outbox] == [[admin.email]]
    organisation.refresh_from_db()
    assert organisation.last_reminded_at is not None
