"""The row-locked paths of knowledge under real concurrent transactions, each with a control
run without locks that shows the race (see ``support.concurrency``)."""

from directory.factories import MembershipFactory, OrganisationFactory, StaffUserFactory, UserFactory, offices
from knowledge.factories import submitted_practice, subscriber
from support.concurrency import locks_off, postgres_only, run_concurrently

from ejrc.core.models import ActivityLog, OutgoingMail
from ejrc.directory.models import Membership
from ejrc.knowledge.domain.newsletter import send_batch
from ejrc.knowledge.domain.practices import approve_practice
from ejrc.knowledge.models import NewsletterDelivery, NewsletterIssue

pytestmark = postgres_only
READERS = 6


def two_workers_on_one_issue():
    """An issue whose copies are written and none sent yet (as after ``start_sending``, before
    its first batch: here no task runs, so the two calls are the only workers)."""
    issue = NewsletterIssue.objects.create(language="en", subject="Issue", status=NewsletterIssue.Status.SENDING)
    NewsletterDelivery.objects.bulk_create(NewsletterDelivery(issue=issue, subscriber=subscriber(
        f"reader{number}@example.org")) for number in range(READERS))
    return [lambda: send_batch(issue_id=issue.pk, size=READERS)] * 2


def test_two_workers_sending_one_issue_send_each_copy_once(db):
    outcomes = run_concurrently(*two_workers_on_one_issue(), pause_after='"knowledge_newsletterdelivery"')
    assert all(outcome.ok for outcome in outcomes)
    assert sorted(outcome.value for outcome in outcomes) == [0, READERS]
    assert OutgoingMail.objects.count() == READERS


def test_control_without_locks_two_workers_send_everyone_two_copies(db):
    with locks_off():
        outcomes = run_concurrently(*two_workers_on_one_issue(), pause_after='"knowledge_newsletterdelivery"')
    assert [outcome.value for outcome in outcomes] == [READERS, READERS]
    assert OutgoingMail.objects.count() == 2 * READERS


def two_reviewers_publishing_one_case():
    helpdesk = offices()
    cluster = OrganisationFactory(name_en="Race Cluster")
    author = MembershipFactory(organisation=cluster, role=Membership.Role.ADMIN).user
    practice = submitted_practice(author=author, organisation=cluster)
    reviewers = [StaffUserFactory(office=helpdesk["strasbourg"]), UserFactory(is_superuser=True)]
    return [lambda reviewer=reviewer: approve_practice(actor=reviewer, practice=practice) for reviewer in reviewers]


def test_a_case_is_published_once_when_two_reviewers_publish_it_at_once(db):
    outcomes = run_concurrently(*two_reviewers_publishing_one_case(), pause_after='"knowledge_bestpractice"')
    assert sorted(outcome.ok for outcome in outcomes) == [False, True]
    assert ActivityLog.objects.filter(action="knowledge.practice.publish").count() == 1


def test_control_without_locks_both_reviewers_publish(db):
    with locks_off():
        outcomes = run_concurrently(*two_reviewers_publishing_one_case(), pause_after='"knowledge_bestpractice"')
    assert [outcome.error for outcome in outcomes] == [None, None]
    assert ActivityLog.objects.filter(action="knowledge.practice.publish").count() == 2
