"""Owners are reminded a week before their opportunity expires, once per expiry date.

Each opportunity is claimed by one UPDATE (``reminded_for = expires_on``) in the same
transaction as its e-mail's outbox row, so a run that stops half-way and runs again mails
no one twice and skips no one.
"""

from datetime import timedelta

from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from ejrc.directory.domain.notifications import member_recipients

from ..models import Opportunity, OpportunityStatus
from .mail import notify

REMIND_DAYS_BEFORE = 7


def expiring_soon(*, today=None):
    today = today or timezone.localdate()
    return Opportunity.objects.filter(
        status=OpportunityStatus.PUBLISHED, expires_on__gte=today,
        expires_on__lte=today + timedelta(days=REMIND_DAYS_BEFORE),
    ).filter(Q(reminded_for__isnull=True) | ~Q(reminded_for=F("expires_on")))


def remind_expiring_opportunities(*, today=None):
    """Mail the members of each organisation whose opportunity expires within a week; returns how many."""
    count = 0
    for pk in list(expiring_soon(today=today).values_list("pk", flat=True)):
        with transaction.atomic():
            claimed = expiring_soon(today=today).filter(pk=pk).update(reminded_for=F("expires_on"))
            if not claimed:  # another run took it meanwhile
                continue
            opportunity = Opportunity.objects.select_related("organisation").get(pk=pk)
            notify(member_recipients(opportunity.organisation), "expiry_reminder", {"opportunity": opportunity},
                   link=("partnering:opportunity", {"reference": opportunity.reference}))
            count += 1
    return count
