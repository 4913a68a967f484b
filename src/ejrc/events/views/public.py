"""Public pages: the list of events, the archive, an event and its programme (with .ics)."""

from django.http import HttpResponse
from django.shortcuts import render

from ejrc.core.permissions import permission_required
from ejrc.events.domain import queries
from ejrc.events.domain.archive import figures_of
from ejrc.events.domain.calendar import programme_calendar
from ejrc.events.domain.registration import registration_closed_reason
from ejrc.events.sections import render_event_sections

from . import access as load

VIEW = {"permission": "events.view_event", "load": load.event, "login": False}


def event_list(request):
    events = queries.upcoming_events().prefetch_related("co_organisers")
    return render(request, "events/list.html", {
        "events": events, "archive": False, "can_add": request.user.has_perm("events.add_event")})


def archive(request):
    events = list(queries.past_events().prefetch_related("co_organisers"))
    figures = figures_of(events)
    for event in events:
        event.figures = figures[event.pk]
    return render(request, "events/list.html", {"events": events, "archive": True})


@permission_required(**VIEW)
def detail(request, event):
    context = {
        "event": event,
        "co_organisers": event.co_organisers.all(),
        "registration": queries.active_registration(event, request.user),
        "closed_reason": registration_closed_reason(event),
        "can_manage": request.user.has_perm("events.manage_event", event),
        "sections": render_event_sections(request, event),
    }
    return render(request, "events/detail.html", context)


@permission_required(**VIEW)
def programme(request, event):
    return render(request, "events/programme.html", {
        "event": event, "days": queries.programme_by_day(event),
        "can_manage": request.user.has_perm("events.manage_event", event)})


@permission_required(**VIEW)
def programme_ics(request, event):
    return ics_response(programme_calendar(event, queries.programme(event)), f"{event.slug}.ics")


def ics_response(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
