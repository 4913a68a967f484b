"""Who may do what with B2B meetings (django-rules); a failed check is a 404.

Participants are the event's confirmed registrations; organisers are the event's own
(``events.rules.is_organiser``). A request is answered by its recipient, withdrawn by its
requester; a meeting is booked or cancelled by one of its participants or an organiser.
"""

import rules

from ejrc.core.permissions import per_request
from ejrc.events.models import RegistrationStatus
from ejrc.events.rules import is_organiser


def _participates(user, event):
    return per_request(user, f"meetings.participates.{event.pk}", lambda: event.registrations.filter(
        user=user, status=RegistrationStatus.CONFIRMED).exists())


@rules.predicate
def has_b2b(user, event):
    return event is not None and hasattr(event, "b2b")


@rules.predicate
def is_participant(user, event):
    return bool(user and user.is_authenticated and event is not None and event.is_published
                and _participates(user, event))


@rules.predicate
def organises(user, event):
    return is_organiser(user, event)


@rules.predicate
def is_recipient(user, request):
    return request is not None and request.recipient.user_id == user.pk


@rules.predicate
def is_requester(user, request):
    return request is not None and request.requester.user_id == user.pk


@rules.predicate
def sits_in(user, meeting):
    return meeting is not None and meeting.seats.filter(participant__user=user).exists()


@rules.predicate
def organises_meeting(user, meeting):
    return meeting is not None and is_organiser(user, meeting.event)


@rules.predicate
def organises_run(user, run):
    return run is not None and is_organiser(user, run.event)


@rules.predicate
def takes_part_in_its_event(user, participant):
    return participant is not None and has_b2b(user, participant.event) and is_participant(user, participant.event)


rules.add_perm("meetings.ask", takes_part_in_its_event)
rules.add_perm("meetings.take_part", has_b2b & is_participant)
rules.add_perm("meetings.set_up", organises)
rules.add_perm("meetings.manage", has_b2b & organises)
rules.add_perm("meetings.answer_request", is_recipient)
rules.add_perm("meetings.withdraw_request", is_requester)
rules.add_perm("meetings.book_meeting", sits_in | organises_meeting)
rules.add_perm("meetings.manage_run", organises_run)
rules.add_perm("meetings.check_in", organises_meeting)
