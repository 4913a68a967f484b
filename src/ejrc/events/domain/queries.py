"""Reusable querysets of the events app: each page reads a fixed number of queries."""

from django.db.models import Prefetch, Q
from django.utils import timezone

from ejrc.events.models import (
    Event,
    Pitch,
    PitchStatus,
    Registration,
    RegistrationStatus,
    Session,
    SessionChoice,
    SessionChoiceStatus,
    SessionKind,
)
from ejrc.events.models.registration import ACTIVE_STATUSES


def published_events():
    return Event.objects.filter(is_published=True)


def upcoming_events(*, today=None):
    today = today or timezone.now().date()
    return published_events().filter(ends_on__gte=today).order_by("starts_on", "slug")


def past_events(*, today=None):
    today = today or timezone.now().date()
    return published_events().filter(ends_on__lt=today).order_by("-starts_on", "slug")


def programme(event):
    """The event's sessions in time order with their day, room and speakers."""
    return (Session.objects.filter(event=event).select_related("day", "room")
            .prefetch_related("speakers__organisation").order_by("starts_at", "id"))


def programme_by_day(event):
    """``[(day, [sessions])]`` for every day of the event, empty days included; pitch sessions
    carry their accepted pitches in running order (``accepted_pitches``)."""
    accepted = (Pitch.objects.filter(status=PitchStatus.ACCEPTED).select_related("organisation")
                .order_by("position", "id"))
    sessions = list(programme(event).prefetch_related(Prefetch("pitches", accepted, to_attr="accepted_pitches")))
    days = list(event.days.all())
    return [(day, [session for session in sessions if session.day_id == day.pk]) for day in days]


def active_registration(event, user):
    if not user.is_authenticated:
        return None
    return (Registration.objects.filter(event=event, user=user, status__in=ACTIVE_STATUSES)
            .select_related("organisation").prefetch_related("choices__session").first())


def agenda_choices(user):
    """What ``user`` takes part in: the session choices of their active registrations."""
    return (SessionChoice.objects.filter(registration__user=user, registration__status__in=ACTIVE_STATUSES)
            .select_related("session__event", "session__room", "registration").order_by("session__starts_at"))


def agenda_registrations(user):
    return (Registration.objects.filter(user=user, status__in=ACTIVE_STATUSES)
            .select_related("event", "organisation").order_by("event__starts_on"))


def choosable_sessions(event):
    """Site visits and the sessions with a limited number of places, which participants pick."""
    return (Session.objects.filter(event=event)
            .filter(Q(kind=SessionKind.SITE_VISIT) | Q(capacity__isnull=False)).order_by("starts_at", "id"))


def agenda_sessions(user):
    """The sessions ``user`` attends: every open session of the events they are confirmed for,
    and the site visits and limited sessions where they hold a place."""
    confirmed_events = Registration.objects.filter(user=user, status=RegistrationStatus.CONFIRMED).values("event")
    held = SessionChoice.objects.filter(registration__user=user, registration__status=RegistrationStatus.CONFIRMED,
                                        status=SessionChoiceStatus.CONFIRMED).values("session")
    open_to_all = Q(capacity__isnull=True) & ~Q(kind=SessionKind.SITE_VISIT)
    return (Session.objects.filter(event__in=confirmed_events).filter(open_to_all | Q(pk__in=held))
            .select_related("event", "room").order_by("starts_at", "id"))
