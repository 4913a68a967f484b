"""Helpdesk staff create events; their organisers change the details."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from ejrc.core.permissions import permission_required
from ejrc.events.domain.events import change_event, create_event
from ejrc.events.forms_event import EventForm

from . import access as load
from .access import add_errors


@permission_required("events.add_event")
def new_event(request):
    if not request.user.is_helpdesk_staff:  # superusers without an office: the admin is theirs
        raise Http404
    form = EventForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            event = create_event(actor=request.user, office=request.user.office, slug=form.cleaned_data["slug"],
                                 **form.details())
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Event created: now place its sessions."))
            return redirect("events:edit-programme", slug=event.slug)
    return render(request, "events/event_form.html", {"form": form, "event": None})


@permission_required("events.manage_event", load=load.event)
def edit_event(request, event):
    form = EventForm(request.POST or None, instance=event)
    if request.method == "POST" and form.is_valid():
        try:
            change_event(actor=request.user, event=event, **form.details())
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("The event's details are saved."))
            return redirect(event)
    return render(request, "events/event_form.html", {"form": form, "event": event})
