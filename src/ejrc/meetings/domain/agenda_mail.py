"""Publishing mails each participant their agenda, in their language, with its .ics file."""

from django.template.loader import render_to_string
from django.utils import translation

from ejrc.core.i18n import localized
from ejrc.core.mail import send_rendered_mail, site_url
from ejrc.events.models import Event
from ejrc.meetings.models import B2BSetup

from .agenda import agenda_calendar, agendas_of


def mail_every_agenda(*, event_id, version):
    """One message per participant with a meeting (their agenda and its .ics); a later
    publication supersedes this one. Reads every agenda in two queries."""
    event = Event.objects.get(pk=event_id)
    if B2BSetup.objects.get(event=event).published_version != version:
        return 0
    agendas, participants = agendas_of(event)
    url = {}
    count = 0
    for participant_id, rows in agendas.items():
        participant = participants[participant_id]
        language = participant.user.preferred_language or "en"
        with translation.override(language):
            if language not in url:
                url[language] = site_url("meetings:agenda", slug=event.slug)
            context = {"event": localized(event, "title"), "rows": rows, "zone": event.zone,
                       "url": url[language]}
            subject = render_to_string("meetings/email/agenda_subject.txt", context)
            body = render_to_string("meetings/email/agenda_body.txt", context)
            ics = agenda_calendar(event, participant, rows).to_ical()
        send_rendered_mail(to=participant.user.email, subject=subject, body=body, language=language,
                           template="meetings/email/agenda",
                           attachments=[(f"{event.slug}-meetings.ics", ics, "text/calendar")])
        count += 1
    return count
