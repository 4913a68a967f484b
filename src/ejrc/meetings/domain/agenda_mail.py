"""Publishing mails each participant their agenda, in their language, with its .ics file."""

from django.template.loader import render_to_string
from django.utils import translation

from ejrc.core.i18n import localized
from ejrc.core.mail import send_rendered_mail, site_url
from ejrc.events.models import Event
from ejrc.meetings.models import B2BSetup, Participant

from .agenda import agenda_calendar, agenda_of


def mail_every_agenda(*, event_id, version):
    """One message per participant with a meeting; a later publication supersedes this one."""
    event = Event.objects.get(pk=event_id)
    if B2BSetup.objects.get(event=event).published_version != version:
        return 0
    participants = (Participant.objects.filter(event=event, seats__slot__isnull=False).distinct()
                    .select_related("user", "organisation"))
    count = 0
    for participant in participants:
        language = participant.user.preferred_language or "en"
        with translation.override(language):
            rows = agenda_of(participant)
            context = {"event": localized(event, "title"), "rows": rows, "zone": event.zone,
                       "url": site_url("meetings:agenda", slug=event.slug)}
            subject = render_to_string("meetings/email/agenda_subject.txt", context)
            body = render_to_string("meetings/email/agenda_body.txt", context)
            ics = agenda_calendar(event, participant, rows).to_ical()
        send_rendered_mail(to=participant.user.email, subject=subject, body=body, language=language,
                           template="meetings/email/agenda",
                           attachments=[(f"{event.slug}-meetings.ics", ics, "text/calendar")])
        count += 1
    return count
