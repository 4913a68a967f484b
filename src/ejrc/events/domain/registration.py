"""Registration, approval, cancellation and the waiting lists of events and site visits.

Places are scarce, so each function that gives or frees places takes one row lock, on the
event, after its checks and just before counting (late, once per transaction): two people
signing up at once are counted one after the other. A partial unique constraint keeps one
active registration per person and event even if two requests of the same person race.
"""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ejrc.core.activity import log_action
from ejrc.directory.models import Membership
from ejrc.events.models import Event, Registration, RegistrationStatus, SessionChoice
from ejrc.events.models import SessionChoiceStatus as ChoiceStatus
from ejrc.events.models.registration import ACTIVE_STATUSES

from .notifications import mail_participant
from .seats import allocate_choices, fill_free_places


def registration_closed_reason(event, *, now=None):
    """Why ``event`` takes no registrations now, or ``None`` when it does."""
    now = now or timezone.now()
    if not event.is_published:
        return _("This event is not open for registration.")
    if event.registration_deadline and now > event.registration_deadline:
        return _("Registration for this event closed on %(deadline)s.") % {
            "deadline": timezone.localtime(event.registration_deadline, event.zone).strftime("%Y-%m-%d %H:%M %Z")}
    if event.ends_on < timezone.localtime(now, event.zone).date():
        return _("This event is over.")
    return None


def check_answers(event, answers):
    """The answers to the event's own questions, keyed by question id as text."""
    missing = [question for question in event.questions.all()
               if question.required and not str(answers.get(str(question.pk), "")).strip()]
    if missing:
        raise ValidationError({"answers": [_("Please answer: %(question)s") % {"question": q} for q in missing]})
    known = {str(question.pk) for question in event.questions.all()}
    return {key: str(value).strip() for key, value in answers.items() if key in known}


def check_sessions(event, sessions):
    """The chosen sessions: the event's own, ones with places to pick, none at the same time."""
    sessions = sorted(sessions, key=lambda session: session.starts_at)
    if any(session.event_id != event.pk or not session.is_choosable for session in sessions):
        raise ValidationError({"sessions": [_("Pick only site visits and sessions of this event.")]})
    for earlier, later in zip(sessions, sessions[1:]):
        if later.starts_at < earlier.ends_at:
            raise ValidationError({"sessions": [
                _("“%(first)s” and “%(second)s” take place at the same time: pick one of them.")
                % {"first": earlier, "second": later}]})
    return sessions


def register(*, actor, event, organisation, answers=None, sessions=(), now=None, notify=True):
    """Register ``actor`` for ``event`` on behalf of ``organisation``; the new registration.

    It is confirmed, waiting-listed when the event is full, or pending when organisers approve
    registrations. Raises ``ValidationError`` with a message for the participant otherwise,
    and then saves nothing. ``notify=False`` (demo content, imports) sends no confirmation.
    """
    reason = registration_closed_reason(event, now=now)
    if reason:
        raise ValidationError(reason, code="closed")
    if not Membership.objects.filter(user=actor, organisation=organisation).exists():
        raise ValidationError({"organisation": [_("You can register only for an organisation you belong to.")]})
    answers = check_answers(event, answers or {})
    sessions = check_sessions(event, sessions)
    try:
        with transaction.atomic():
            event = Event.objects.select_for_update().get(pk=event.pk)
            if Registration.objects.filter(event=event, user=actor, status__in=ACTIVE_STATUSES).exists():
                raise ValidationError(_("You are already registered for this event."), code="twice")
            status = RegistrationStatus.PENDING if event.requires_approval else _status_for_a_seat(event)
            registration = Registration.objects.create(
                event=event, user=actor, organisation=organisation, status=status, answers=answers)
            SessionChoice.objects.bulk_create(SessionChoice(registration=registration, session=session)
                                              for session in sessions)
            if status == RegistrationStatus.CONFIRMED:
                allocate_choices(registration)
            log_action(actor=actor, action="events.registration.create", subject=registration,
                       data={"status": status, "sessions": [session.pk for session in sessions]})
            if notify:
                mail_participant(registration.pk, "confirmation")
    except IntegrityError:  # the same person's second request, a moment after the first
        raise ValidationError(_("You are already registered for this event."), code="twice") from None
    return registration


def _status_for_a_seat(event):
    if event.capacity is None:
        return RegistrationStatus.CONFIRMED
    taken = event.registrations.filter(status=RegistrationStatus.CONFIRMED).count()
    return RegistrationStatus.CONFIRMED if taken < event.capacity else RegistrationStatus.WAITING


def approve(*, actor, registration):
    """An organiser accepts a pending registration: it takes a place or joins the waiting list."""
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=registration.event_id)
        registration.refresh_from_db()
        if registration.status != RegistrationStatus.PENDING:
            raise ValidationError(_("This registration is no longer awaiting approval."))
        registration.status = _status_for_a_seat(event)
        registration.save(update_fields=["status", "updated"])
        if registration.status == RegistrationStatus.CONFIRMED:
            allocate_choices(registration)
        log_action(actor=actor, action="events.registration.approve", subject=registration,
                   data={"status": registration.status})
        mail_participant(registration.pk, "change")
    return registration


def reject(*, actor, registration, reason):
    if not reason.strip():
        raise ValidationError({"reason": [_("Please give the participant a reason.")]})
    with transaction.atomic():
        Event.objects.select_for_update().get(pk=registration.event_id)
        registration.refresh_from_db()
        if registration.status != RegistrationStatus.PENDING:
            raise ValidationError(_("This registration is no longer awaiting approval."))
        registration.status = RegistrationStatus.REJECTED
        registration.decision_reason = reason.strip()
        registration.save(update_fields=["status", "decision_reason", "updated"])
        log_action(actor=actor, action="events.registration.reject", subject=registration)
        mail_participant(registration.pk, "change")
    return registration


def cancel(*, actor, registration, notify=True):
    """Cancel a registration; the places it frees go to the first on each waiting list.

    Returns the registrations and site-visit choices that moved up; they are told by e-mail,
    and so is the person cancelled unless ``notify`` is false (their account is being deleted).
    """
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=registration.event_id)
        registration.refresh_from_db()
        if not registration.is_active:
            raise ValidationError(_("This registration is already cancelled."))
        freed = list(registration.choices.filter(status=ChoiceStatus.CONFIRMED).values_list("session_id", flat=True))
        registration.status = RegistrationStatus.CANCELLED
        registration.save(update_fields=["status", "updated"])
        registration.choices.all().delete()
        moved_up = fill_free_places(event, freed_sessions=freed)
        log_action(actor=actor, action="events.registration.cancel", subject=registration,
                   data={"moved_up": [r.pk for r in moved_up["registrations"]]})
        changed = [*([registration.pk] if notify else []), *(r.pk for r in moved_up["registrations"]),
                   *(choice.registration_id for choice in moved_up["choices"])]
        for registration_id in dict.fromkeys(changed):
            mail_participant(registration_id, "change")
    return moved_up
