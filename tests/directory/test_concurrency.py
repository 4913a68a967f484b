"""The row-locked paths under real concurrent transactions, each with a "locks off" control.

Each scenario runs twice: as the code is (the locks hold, one call wins and the other is told
why), and with ``select_for_update`` switched off (the race shows). See ``support.concurrency``.
"""

import pytest
from directory.factories import ContactRequestFactory, MembershipFactory, ProfileRevisionFactory, StaffUserFactory
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from support.concurrency import locks_off, postgres_only, run_concurrently

from ejrc.core.models import ActivityLog
from ejrc.directory.domain.contacts import answer_contact_request
from ejrc.directory.domain.members import remove_member
from ejrc.directory.domain.profiles import approve_revision, submit_changes
from ejrc.directory.models import ContactRequest, Membership, ProfileRevision

pytestmark = postgres_only
ADMIN = Membership.Role.ADMIN


def admins_removing_each_other(organisation):
    """Two admins, each removing the other at the same moment."""
    first = MembershipFactory(organisation=organisation, role=ADMIN)
    second = MembershipFactory(organisation=organisation, role=ADMIN)
    return [lambda: remove_member(actor=first.user, membership=second),
            lambda: remove_member(actor=second.user, membership=first)]


def test_the_last_admin_cannot_be_removed_by_two_admins_at_once(organisation):
    calls = admins_removing_each_other(organisation)
    outcomes = run_concurrently(*calls, pause_after='"directory_membership"."role"')
    assert organisation.memberships.filter(role=ADMIN).count() == 1
    assert sorted(outcome.ok for outcome in outcomes) == [False, True]
    assert ActivityLog.objects.filter(action="directory.member.remove").count() == 1


def test_the_admin_who_loses_the_race_is_told_why(organisation):
    """They used to deadlock (each held one membership row), and the loser got a server error."""
    calls = admins_removing_each_other(organisation)
    outcomes = run_concurrently(*calls, pause_after="FOR UPDATE")  # both hold their first lock
    loser = next(outcome for outcome in outcomes if not outcome.ok)
    assert isinstance(loser.error, ValidationError), repr(loser.error)
    assert organisation.memberships.filter(role=ADMIN).count() == 1


def test_control_without_locks_both_admins_go(organisation):
    calls = admins_removing_each_other(organisation)
    with locks_off():
        outcomes = run_concurrently(*calls, pause_after='"directory_membership"."role"')
    assert [outcome.error for outcome in outcomes] == [None, None]
    assert not organisation.memberships.filter(role=ADMIN).exists()


def members_answering_one_request(organisation):
    request = ContactRequestFactory(organisation=organisation)
    first, second = (MembershipFactory(organisation=organisation).user for _ in range(2))
    return request, [lambda: answer_contact_request(actor=first, request=request, accept=True),
                     lambda: answer_contact_request(actor=second, request=request, accept=False)]


def test_a_contact_request_is_answered_once(organisation):
    request, calls = members_answering_one_request(organisation)
    outcomes = run_concurrently(*calls, pause_after='"directory_contactrequest"')
    winner, loser = sorted(outcomes, key=lambda outcome: not outcome.ok)
    assert winner.ok and isinstance(loser.error, ValidationError)
    assert loser.error.messages == ["This request has already been answered."]
    request.refresh_from_db()
    accepted = request.status == ContactRequest.Status.ACCEPTED
    assert (winner is outcomes[0]) is accepted
    assert len(mail.outbox) == 1


def test_control_without_locks_the_requester_gets_two_answers(organisation):
    request, calls = members_answering_one_request(organisation)
    with locks_off():
        outcomes = run_concurrently(*calls, pause_after='"directory_contactrequest"')
    assert [outcome.error for outcome in outcomes] == [None, None]
    assert ActivityLog.objects.filter(action="directory.contact_request.answer").count() == 2
    assert len(mail.outbox) == 2


def two_admins_submitting(organisation, proposal):
    first, second = (MembershipFactory(organisation=organisation, role=ADMIN).user for _ in range(2))
    return [lambda: submit_changes(actor=first, organisation=organisation, data={**proposal, "city": "Lyon"}),
            lambda: submit_changes(actor=second, organisation=organisation, data={**proposal, "city": "Grenoble"})]


def test_two_submissions_at_once_leave_one_pending_proposal(organisation, proposal):
    calls = two_admins_submitting(organisation, proposal)
    outcomes = run_concurrently(*calls, pause_after='"directory_profilerevision"')
    assert [outcome.error for outcome in outcomes] == [None, None]
    revisions = organisation.revisions.order_by("pk")
    assert [r.status for r in revisions] == [ProfileRevision.Status.WITHDRAWN, ProfileRevision.Status.PENDING]


def test_control_without_locks_the_second_submission_fails(organisation, proposal):
    calls = two_admins_submitting(organisation, proposal)
    with locks_off():
        outcomes = run_concurrently(*calls, pause_after='"directory_profilerevision"')
    assert sorted(outcome.ok for outcome in outcomes) == [False, True]
    assert any(isinstance(outcome.error, IntegrityError) for outcome in outcomes)


def two_staff_approving(organisation, proposal):
    revision = ProfileRevisionFactory(organisation=organisation, data={**proposal, "city": "Annecy"})
    first, second = StaffUserFactory(), StaffUserFactory()
    return [lambda: approve_revision(actor=first, revision=revision),
            lambda: approve_revision(actor=second, revision=revision)]


def test_a_proposal_is_approved_once(organisation, proposal):
    calls = two_staff_approving(organisation, proposal)
    outcomes = run_concurrently(*calls, pause_after='"directory_profilerevision"')
    assert sorted(outcome.ok for outcome in outcomes) == [False, True]
    loser = next(outcome for outcome in outcomes if not outcome.ok)
    assert loser.error.messages == ["This proposal has already been dealt with."]
    assert ActivityLog.objects.filter(action="directory.revision.approve").count() == 1


def test_control_without_locks_a_proposal_is_approved_twice(organisation, proposal):
    calls = two_staff_approving(organisation, proposal)
    with locks_off():
        outcomes = run_concurrently(*calls, pause_after='"directory_profilerevision"')
    assert [outcome.error for outcome in outcomes] == [None, None]
    assert ActivityLog.objects.filter(action="directory.revision.approve").count() == 2
