"""Giving places in order. Callers hold the event's row lock (see ``registration.py``)."""

from ejrc.events.models import RegistrationStatus, Session
from ejrc.events.models import SessionChoiceStatus as ChoiceStatus


def allocate_choices(registration):
    """Give a confirmed registration its requested sessions: a place, or the waiting list."""
    for choice in registration.choices.filter(status=ChoiceStatus.REQUESTED).select_related("session"):
        choice.status = ChoiceStatus.CONFIRMED if _has_room(choice.session) else ChoiceStatus.WAITING
        choice.save(update_fields=["status", "updated"])


def _has_room(session):
    if session.capacity is None:
        return True
    return session.choices.filter(status=ChoiceStatus.CONFIRMED).count() < session.capacity


def fill_free_places(event, *, freed_sessions):
    """Move the first waiting choices of the freed sessions, then the first waiting
    registrations, into free places (choices first: they waited longer than a registration
    that moves up now)."""
    choices = []
    for session in Session.objects.filter(pk__in=set(freed_sessions), capacity__isnull=False):
        free = session.capacity - session.choices.filter(status=ChoiceStatus.CONFIRMED).count()
        waiting = session.choices.filter(status=ChoiceStatus.WAITING).order_by("created", "id")
        for choice in waiting[: max(free, 0)]:
            choice.status = ChoiceStatus.CONFIRMED
            choice.save(update_fields=["status", "updated"])
            choices.append(choice)
    promoted = []
    if event.capacity is not None:
        free = event.capacity - event.registrations.filter(status=RegistrationStatus.CONFIRMED).count()
        waiting = event.registrations.filter(status=RegistrationStatus.WAITING).order_by("created", "id")
        for registration in waiting[: max(free, 0)]:
            registration.status = RegistrationStatus.CONFIRMED
            registration.save(update_fields=["status", "updated"])
            allocate_choices(registration)
            promoted.append(registration)
    return {"registrations": promoted, "choices": choices}

