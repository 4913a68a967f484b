"""Keeping profiles current: owners are reminded before a profile becomes "possibly outdated"."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from ejrc.directory.domain.notifications import admin_recipients, notify
from ejrc.directory.models import Organisation, OrganisationStatus

REMIND_DAYS_BEFORE = 30


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


@transaction.atomic
def remind_stale_profiles(*, now=None):
    """E-mail the admins of each profile due within 30 days or overdue; returns how many profiles.

    Meant to run from a scheduler (``ejrc remind-stale-profiles``) about once a month.
    """
    now = now or timezone.now()
    count = 0
    for organisation in stale_profiles(now=now).select_related("country"):
        due = confirmation_due(organisation)
        notify(admin_recipients(organisation), "confirm_reminder", {
            "organisation": organisation, "due": due, "overdue": due is None or due <= now,
        }, link=("directory:profile", {"slug": organisation.slug}))
        count += 1
    return count
