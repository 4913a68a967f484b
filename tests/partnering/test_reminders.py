"""Owners are reminded a week before expiry, once per expiry date."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from partnering.factories import OpportunityFactory

from ejrc.partnering.domain.opportunities import renew_opportunity
from ejrc.partnering.domain.reminders import remind_expiring_opportunities
from ejrc.partnering.models import OpportunityStatus

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()


def test_a_week_before_expiry_the_members_are_reminded_once_in_their_language(
        cluster, cluster_admin, gifu, gifu_officer, django_capture_on_commit_callbacks):
    soon = OpportunityFactory(organisation=gifu, expires_on=TODAY + timedelta(days=6))
    OpportunityFactory(organisation=cluster, expires_on=TODAY + timedelta(days=20))  # not yet
    OpportunityFactory(organisation=cluster, expires_on=TODAY + timedelta(days=3), status=OpportunityStatus.WITHDRAWN)
    with django_capture_on_commit_callbacks(execute=True):
        assert remind_expiring_opportunities() == 1
        assert remind_expiring_opportunities() == 0  # a second run mails no one again
    assert [m.to for m in mail.outbox] == [[gifu_officer.email]]
    assert soon.reference in mail.outbox[0].subject and "掲載期限" in mail.outbox[0].subject


def test_a_renewed_opportunity_is_reminded_of_its_new_expiry(cluster, cluster_admin):
    opportunity = OpportunityFactory(organisation=cluster, expires_on=TODAY + timedelta(days=2))
    assert remind_expiring_opportunities() == 1
    renew_opportunity(actor=cluster_admin, opportunity=opportunity)
    assert remind_expiring_opportunities() == 0
    later = TODAY + timedelta(days=2 + 180 - 5)
    assert remind_expiring_opportunities(today=later) == 1
