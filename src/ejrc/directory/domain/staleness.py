"""Keeping profiles current: owners are reminded before a profile becomes "possibly outdated".

The rule: a published profile is due when it is unconfirmed or will be marked possibly
outdated within ``REMIND_DAYS_BEFORE`` days. Its admins are reminded once when it becomes due,
then at most every ``REMIND_AGAIN_DAYS`` days while it stays unconfirmed; confirming it ends
the reminders until it is due again. ``Organisation.last_reminded_at`` remembers the last one,
so the reminder job may run as often as wanted without mailing the same people again.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from ejrc.core.mail import send_mail_to
from ejrc.directory.domain.notifications import admin_recipients
from ejrc.directory.models import Organisation, OrganisationStatus

REMIND_DAYS_BEFORE = 30
REMIND_AGAIN_DAYS = 90


def confirmation_due(organisation):
    """When the profile will be marked possibly outdated (None: never confirmed, so already due)."""
    if organisation.confirmed_at is None:
        return None
    return organisation.confirmed_at + timedelta(days=settings.EJRC_PROFILE_CONFIRM_DAYS)


def is_possibly_outdated(organisation, *, now=None):
    """The one rule for the "possibly outdated" mark: published, and not confirmed as current
    within ``EJRC_PROFILE_CONFIRM_DAYS`` (or never). Every page that shows the mark asks here."""
    if not organisation.is_published:
        return False
    due = confirmation_due(organisation)
    return due is None or due <= (now or timezone.now())


def stale_profiles(*, now=None):
    """Published profiles due for confirmation within the reminder period, or overdue."""
    now = now or timezone.now()
    limit = now - timedelta(days=settings.EJRC_PROFILE_CONFIRM_DAYS - REMIND_DAYS_BEFORE)
    return Organisation.objects.filter(status=OrganisationStatus.PUBLISHED).filter(
        Q(confirmed_at__isnull=True) | Q(confirmed_at__lt=limit)
    )


def profiles_to_remind(*, now=None):
    """Due profiles whose admins were not reminded in the last ``REMIND_AGAIN_DAYS`` days."""
    now = now or timezone.now()
    return stale_profiles(now=now).filter(
        Q(last_reminded_at__isnull=True) | Q(last_reminded_at__lt=now - timedelta(days=REMIND_AGAIN_DAYS))
    )


@transaction.atomic
def remind_stale_profiles(*, now=None):
    """E-mail the admins of each profile to remind (see the module's rule); returns how many profiles."""
    now = now or timezone.now()
    count = 0
    for organisation in profiles_to_remind(now=now).select_for_update(of=("self",)).select_related("country"):
        due = confirmation_due(organisation)
        send_mail_to(admin_recipients(organisation), template="directory/email/confirm_reminder", context={
            "organisation": organisation, "due": due, "overdue": due is None or due <= now,
        }, link=("directory:profile", {"slug": organisation.slug}))
        organisation.last_reminded_at = now
        organisation.save(update_fields=["last_reminded_at"])
        count += 1
    return count
