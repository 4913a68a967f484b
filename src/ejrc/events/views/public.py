"""Public pages: the list of events, the archive, an event and its programme (with .ics)."""

from django.http import HttpResponse
from django.shortcuts import render

from ejrc.events.domain import queries
from ejrc.events.domain.calendar import programme_calendar
from ejrc.events.domain.registration import registration_closed_reason

from .access import event_or_404


def event_list(request):
    events = queries.upcoming_events().prefetch_related("co_organisers")
    return render(request, "events/list.html", {"events": events, "archive": False})


def archive(request):
    events = queries.past_events().prefetch_related("co_organisers")
    return render(request, "events/list.html", {"events": events, "archive": True})


def detail(request, slug):
    event = event_or_404(request.user, slug)
    context = {
        "event": event,
        "co_organisers": event.co_organisers.all(),
        "registration": queries.active_registration(event, request.user),
        "closed_reason": registration_closed_reason(event),
        "can_manage": request.user.has_perm("events.manage_event", event),
    }
    return render(request, "events/detail.html", context)


def programme(request, slug):
    event = event_or_404(request.user, slug)
    return render(request, "events/programme.html", {"event": event, "days": queries.programme_by_day(event)})


def programme_ics(request, slug):
    event = event_or_404(request.user, slug)
    return ics_response(programme_calendar(event, queries.programme(event)), f"{event.slug}.ics")


def ics_response(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
