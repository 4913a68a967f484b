"""A participant changes their registration: the sessions and site visits picked, the answers.

The same rules as registering: the event must still take registrations, the answers are
checked, picked sessions may not overlap. Places follow the rules of ``registration.py``
under the same lock on the event: a session kept keeps its place (or its rank on the
waiting list), a dropped one frees its place for the first waiting, a new one takes a free
place or joins the end of its waiting list (only once the registration is confirmed, as
when registering).
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ejrc.core.activity import log_action
from ejrc.events.models import Event, Registration, RegistrationStatus, SessionChoice
from ejrc.events.models import SessionChoiceStatus as ChoiceStatus

from .notifications import mail_participant
from .registration import check_answers, check_sessions, registration_closed_reason
from .seats import allocate_choices, fill_free_places


@dataclass
class Change:
    registration: Registration
    added: list = field(default_factory=list)  # the new SessionChoice rows, with their status
    removed: list = field(default_factory=list)  # ids of the sessions dropped
    answers_changed: bool = False
    moved_up: dict = field(default_factory=lambda: {"registrations": [], "choices": []})

    @property
    def changed(self):
        return bool(self.added or self.removed or self.answers_changed)


def change_registration(*, actor, registration, answers=None, sessions=(), now=None):
    """Replace ``registration``'s picked sessions by ``sessions`` and its answers by ``answers``.

    Only its own participant changes it, while the event takes registrations. Raises
    ``ValidationError`` with a message and saves nothing when the change is refused; a change
    that changes nothing is saved as nothing and mails nobody.
    """
    event = registration.event
    if registration.user_id != actor.pk:
        raise ValidationError(_("This is not your registration."))
    reason = registration_closed_reason(event, now=now)
    if reason:
        raise ValidationError(_("Registrations can no longer be changed: %(reason)s") % {"reason": reason},
                              code="closed")
    answers = check_answers(event, answers or {})
    wanted = {session.pk: session for session in check_sessions(event, sessions)}
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=event.pk)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if not registration.is_active:
            raise ValidationError(_("This registration is cancelled: register again instead."))
        held = {choice.session_id: choice for choice in registration.choices.all()}
        change = Change(registration, answers_changed=answers != registration.answers)
        change.removed = [session_id for session_id in held if session_id not in wanted]
        freed = [session_id for session_id in change.removed if held[session_id].status == ChoiceStatus.CONFIRMED]
        SessionChoice.objects.filter(registration=registration, session_id__in=change.removed).delete()
        change.moved_up = fill_free_places(event, freed_sessions=freed)
        new = [SessionChoice(registration=registration, session=session)
               for session_id, session in wanted.items() if session_id not in held]
        SessionChoice.objects.bulk_create(new)
        if registration.status == RegistrationStatus.CONFIRMED:
            allocate_choices(registration)
        change.added = list(registration.choices.filter(session_id__in=[choice.session_id for choice in new])
                            .select_related("session"))
        if not change.changed:
            return change
        registration.answers = answers
        registration.save(update_fields=["answers", "updated"])
        log_action(actor=actor, action="events.registration.change", subject=registration,
                   data={"added": [choice.session_id for choice in change.added], "removed": change.removed,
                         "moved_up": [r.pk for r in change.moved_up["registrations"]]})
        told = [registration.pk, *(r.pk for r in change.moved_up["registrations"]),
                *(choice.registration_id for choice in change.moved_up["choices"])]
        for registration_id in dict.fromkeys(told):
            mail_participant(registration_id, "change")
    return change
