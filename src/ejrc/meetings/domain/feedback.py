"""After the event: one question per meeting ("was it useful, what next?").

A useful meeting between two organisations that already have an accepted contact in
partnering (an expression of interest, either way) records that contact's "first meeting held"
outcome through partnering's own ``record_outcome``; a second answer changes the meeting's
answer and never records the outcome twice.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ejrc.core.activity import log_action
from ejrc.meetings.models import Meeting
from ejrc.partnering.domain.outcomes import record_outcome
from ejrc.partnering.models import ExpressionOfInterest, Outcome, OutcomeStage

NEXT_STEPS = [
    ("", gettext_lazy("Nothing planned")),
    ("follow_up", gettext_lazy("Another meeting")),
    ("letter_of_intent", gettext_lazy("A letter of intent")),
    ("mou", gettext_lazy("A memorandum of understanding")),
    ("joint_project", gettext_lazy("A joint project")),
]


def contact_between(first, second):
    """The accepted partnering contact between two organisations, if any."""
    pair = (Q(organisation=first, opportunity__organisation=second)
            | Q(organisation=second, opportunity__organisation=first))
    return (ExpressionOfInterest.objects.filter(pair, status=ExpressionOfInterest.Status.ACCEPTED)
            .order_by("pk").first())


def give_feedback(*, actor, meeting, useful, next_step, now=None):
    """Store the answer; returns the partnering outcome recorded now, or None."""
    now = now or timezone.now()
    meeting = Meeting.objects.select_related("slot", "event").get(pk=meeting.pk)
    seats = list(meeting.seats.select_related("participant__organisation"))
    if actor.pk not in {seat.participant.user_id for seat in seats}:
        raise PermissionDenied
    if meeting.slot is None or meeting.slot.ends_at > now:
        raise ValidationError(_("Feedback opens once the meeting has taken place."))
    if next_step not in dict(NEXT_STEPS):
        raise ValidationError(_("Choose what comes next from the list."))
    with transaction.atomic():
        meeting.useful, meeting.next_step = useful, next_step
        meeting.save(update_fields=["useful", "next_step"])
        log_action(actor=actor, action="meetings.feedback", subject=meeting,
                   data={"useful": useful, "next_step": next_step})
        organisations = [seat.participant.organisation for seat in seats]
        contact = contact_between(organisations[0], organisations[1]) if useful else None
        if contact is None or Outcome.objects.filter(interest=contact, stage=OutcomeStage.FIRST_MEETING).exists():
            return None
        held_on = timezone.localtime(meeting.slot.starts_at, meeting.event.zone).date()
        return record_outcome(actor=actor, interest=contact, stage=OutcomeStage.FIRST_MEETING, happened_on=held_on)
