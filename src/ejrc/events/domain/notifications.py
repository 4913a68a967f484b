"""E-mails to participants, in their language and zone, with their agenda as an .ics file.

Each is a background task (``ejrc.core.tasks``: queued after the surrounding transaction
commits, so a refused or rolled-back change mails nobody; retried, and kept for staff when
it keeps failing) that reads the registration as it is when the task runs, renders the
message for that one person and leaves it, with its .ics file, in the outbox of
``ejrc.core.mail``, so an outage of the mail server delays it and loses none.
"""

import zoneinfo

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from ejrc.core.i18n import localized
from ejrc.core.mail import send_rendered_mail
from ejrc.core.tasks import enqueue, task
from ejrc.events.models import Registration

from .calendar import agenda_calendar
from .queries import agenda_sessions

KINDS = ("confirmation", "change", "reminder")


def mail_participant(registration_id, kind):
    """Queue the ``kind`` e-mail (confirmation, change or reminder) of one registration."""
    assert kind in KINDS
    enqueue(send_participant_mail, registration_id, kind)


@task(name="events.send_participant_mail", kind="mail")
def send_participant_mail(registration_id, kind):
    registration = Registration.objects.select_related("event", "user", "organisation").get(pk=registration_id)
    user, event = registration.user, registration.event
    if user is None:  # removed by the retention rule since the mail was queued
        return
    with translation.override(user.preferred_language or settings.LANGUAGE_CODE):
        sessions = [session for session in agenda_sessions(user) if session.event_id == event.pk]
        context = {
            "registration": registration, "event": event, "title": localized(event, "title"),
            "sessions": sessions, "choices": registration.choices.select_related("session"),
            "participant_zone": _zone(user.time_zone), "event_zone": event.zone,
            "url": settings.EJRC_SITE_URL.rstrip("/") + reverse("events:agenda"),
        }
        subject = " ".join(render_to_string(f"events/email/{kind}_subject.txt", context).split())
        body = render_to_string(f"events/email/{kind}_body.txt", context)
        calendar = agenda_calendar(localized(event, "title"), sessions)
    send_rendered_mail(to=user.email, subject=subject, body=body, language=user.preferred_language,
                       template=f"events/email/{kind}",
                       attachments=[(f"{event.slug}.ics", calendar.to_ical(), "text/calendar")])


def _zone(name):
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo("UTC")
