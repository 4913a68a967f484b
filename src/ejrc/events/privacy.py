"""The events' part of people's privacy rights (found by ``ejrc.core.personal_data``)."""

from django.utils.translation import gettext as _

from ejrc.core.personal_data import register_personal_data
from ejrc.events.domain.registration import cancel
from ejrc.events.models import Pitch, Registration
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


register_personal_data("events", export=export_for, erase=erase_for, before_erasure=before_erasure)
