"""After the event: one question per meeting, feeding partnering's pipeline through its domain."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from meetings.factories import accepted
from partnering.factories import OpportunityFactory

from ejrc.meetings.domain.feedback import give_feedback
from ejrc.meetings.models import Meeting
from ejrc.partnering.models import ExpressionOfInterest, Outcome


@pytest.fixture
def held(four):
    meeting = accepted(four[0], four[1])
    slot = four[0].event.b2b_slots.first()
    slot.starts_at, slot.ends_at = LAST_WEEK, LAST_WEEK + dt.timedelta(minutes=20)
    slot.save()
    Meeting.objects.filter(pk=meeting.pk).update(slot=slot, table=1)
    meeting.refresh_from_db()
    return meeting


LAST_WEEK = timezone.now().replace(microsecond=0) - dt.timedelta(days=7)
AFTER = timezone.now()


def _contact(four):
    opportunity = OpportunityFactory(organisation=four[1].organisation)
    return ExpressionOfInterest.objects.create(opportunity=opportunity, organisation=four[0].organisation,
                                               message="Hello", status=ExpressionOfInterest.Status.ACCEPTED)


def test_a_useful_meeting_records_the_first_meeting_of_the_partnering_contact_once(four, held):
    contact = _contact(four)
    outcome = give_feedback(actor=four[0].user, meeting=held, useful=True, next_step="mou", now=AFTER)
    assert outcome.interest == contact and outcome.stage == "first_meeting"
    assert outcome.happened_on == timezone.localtime(LAST_WEEK, four[0].event.zone).date()
    assert give_feedback(actor=four[1].user, meeting=held, useful=True, next_step="joint_project", now=AFTER) is None
    assert Outcome.objects.count() == 1
    held.refresh_from_db()
    assert (held.useful, held.next_step) == (True, "joint_project")


def test_without_a_contact_the_answer_is_kept_on_the_meeting(four, held):
    assert give_feedback(actor=four[0].user, meeting=held, useful=False, next_step="", now=AFTER) is None
    held.refresh_from_db()
    assert held.useful is False and not Outcome.objects.exists()


def test_feedback_waits_for_the_meeting(four, held):
    with pytest.raises(ValidationError, match="once the meeting has taken place"):
        give_feedback(actor=four[0].user, meeting=held, useful=True, next_step="", now=LAST_WEEK)
