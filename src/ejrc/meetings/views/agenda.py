"""A participant's agenda: the page, its .ics file and a printable PDF."""

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone

from ejrc.core.permissions import permission_required
from ejrc.meetings.domain.agenda import agenda_calendar, agenda_of, agenda_pdf

from .participant import TAKE_PART, _me


@permission_required(**TAKE_PART)
def agenda(request, event):
    me = _me(request, event)
    pending = me.seats.filter(slot__isnull=True, meeting__status="active").select_related("meeting")
    return render(request, "meetings/agenda.html", {
        "event": event, "me": me, "rows": agenda_of(me), "unplaced": list(pending), "now": timezone.now()})


@permission_required(**TAKE_PART)
def agenda_ics(request, event):
    me = _me(request, event)
    response = HttpResponse(agenda_calendar(event, me, agenda_of(me)).to_ical(),
                            content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{event.slug}-meetings.ics"'
    return response


@permission_required(**TAKE_PART)
def agenda_print(request, event):
    me = _me(request, event)
    response = HttpResponse(agenda_pdf(event, me, agenda_of(me), timezone.get_current_timezone()),
                            content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{event.slug}-meetings.pdf"'
    return response

