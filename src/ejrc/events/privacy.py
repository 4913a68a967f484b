"""The events' part of people's privacy rights and of the retention rules (found by
``ejrc.core.personal_data`` and ``ejrc.core.retention``)."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ejrc.core.personal_data import register_personal_data
from ejrc.core.retention import register_retention_rule
from ejrc.events.domain.registration import cancel
from ejrc.events.models import Pitch, Registration, RegistrationStatus
from ejrc.events.models.registration import ACTIVE_STATUSES


def _iso(moment):
    return moment.isoformat() if moment else None


def export_for(user):
    registrations = Registration.objects.filter(user=user).select_related("event", "organisation")
    return {
        "event_registrations": [
            {"event": r.event.slug, "organisation": r.organisation.slug, "status": r.status,
             "answers": r.answers, "registered": _iso(r.created), "checked_in": _iso(r.checked_in_at),
             "sessions": [{"session": c.session.title_en, "status": c.status}
                          for c in r.choices.select_related("session")]}
            for r in registrations
        ],
        "pitches_submitted": [
            {"event": p.session.event.slug, "organisation": p.organisation.slug, "title": p.title,
             "status": p.status, "submitted": _iso(p.created)}
            for p in Pitch.objects.filter(submitted_by=user).select_related("session__event", "organisation")
        ],
    }


def erase_for(user):
    """Cancel the person's registrations first, so that their places go to the waiting lists."""
    for registration in Registration.objects.filter(user=user, status__in=ACTIVE_STATUSES):
        cancel(actor=user, registration=registration, notify=False)


def before_erasure(user):
    count = Registration.objects.filter(user=user, status__in=ACTIVE_STATUSES).count()
    if not count:
        return []
    return [_("Your registrations for %(count)s event(s) will be cancelled and your places given to the "
              "people waiting.") % {"count": count}]


def anonymise_registrations_of_past_events(cutoff):
    """Registrations of events whose last day is older than ``cutoff``: cancelled and declined
    ones are deleted; the others lose the person, the answers and the organiser's reason, and
    keep their organisation and status, which the archive's figures count."""
    old = Registration.objects.filter(event__ends_on__lt=cutoff.date())
    _total, deleted = old.filter(status__in=[RegistrationStatus.CANCELLED, RegistrationStatus.REJECTED]).delete()
    anonymised = old.filter(user__isnull=False).update(user=None, answers={}, decision_reason="")
    return deleted.get(Registration._meta.label, 0) + anonymised


register_personal_data("events", export=export_for, erase=erase_for, before_erasure=before_erasure)
register_retention_rule(
    "event_registrations", days=730, apply=anonymise_registrations_of_past_events,
    description=gettext_lazy("Event registrations: this long after an event's last day, cancelled and "
                             "declined ones are deleted; the others lose the participant's name and "
                             "answers and keep only the organisation, for the event's figures."),
)
