"""Registering for an event, cancelling, and "my agenda" (a page and an .ics file)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from ejrc.core.permissions import permission_required
from ejrc.events.domain import queries
from ejrc.events.domain.calendar import agenda_calendar
from ejrc.events.domain.changes import change_registration
from ejrc.events.domain.registration import cancel, register, registration_closed_reason
from ejrc.events.forms import ChangeRegistrationForm, RegistrationForm
from ejrc.events.models import RegistrationStatus, SessionChoiceStatus

from . import access as load
from .access import add_errors
from .public import ics_response

STATUS_MESSAGES = {
    RegistrationStatus.CONFIRMED: gettext_lazy("You are registered."),
    RegistrationStatus.WAITING: gettext_lazy("The event is full: you are on its waiting list and will move "
                                             "up automatically when a place frees up."),
    RegistrationStatus.PENDING: gettext_lazy("Thank you: the organisers will confirm your registration."),
}


@permission_required("events.view_event", load=load.event)
def register_view(request, event):
    if queries.active_registration(event, request.user):
        messages.info(request, _("You are already registered for this event."))
        return redirect(event)
    closed = registration_closed_reason(event)
    form = RegistrationForm(request.POST or None, event=event, user=request.user)
    if request.method == "POST" and not closed and form.is_valid():
        try:
            registration = register(
                actor=request.user, event=event, organisation=form.cleaned_data["organisation"],
                answers=form.answers(), sessions=form.cleaned_data.get("sessions", []))
        except ValidationError as error:
            add_errors(form, error)
        else:
            _tell_outcome(request, registration)
            return redirect("events:agenda")
    return render(request, "events/register.html", {"event": event, "form": form, "closed_reason": closed})


def _tell_outcome(request, registration):
    messages.success(request, str(STATUS_MESSAGES[registration.status]))
    for choice in registration.choices.filter(status=SessionChoiceStatus.WAITING).select_related("session"):
        messages.warning(request, _("“%(session)s” is full: you are on its waiting list.") % {"session": choice.session})


@permission_required("events.view_event", load=load.event)
def change_view(request, event):
    registration = queries.active_registration(event, request.user)
    if registration is None:
        messages.info(request, _("You are not registered for this event."))
        return redirect(event)
    closed = registration_closed_reason(event)
    form = ChangeRegistrationForm(request.POST if request.method == "POST" else None, registration=registration)
    if request.method == "POST" and not closed and form.is_valid():
        try:
            change = change_registration(actor=request.user, registration=registration, answers=form.answers(),
                                         sessions=form.cleaned_data.get("sessions", []))
        except ValidationError as error:
            add_errors(form, error)
        else:
            _tell_change(request, change)
            return redirect("events:agenda")
    return render(request, "events/register.html", {
        "event": event, "form": form, "closed_reason": closed, "registration": registration})


def _tell_change(request, change):
    if not change.changed:
        messages.info(request, _("Nothing to change: your registration stays as it was."))
        return
    messages.success(request, _("Your registration is changed; we have sent you the new agenda."))
    for choice in change.added:
        if choice.status == SessionChoiceStatus.WAITING:
            messages.warning(request, _("“%(session)s” is full: you are on its waiting list.")
                             % {"session": choice.session})


@require_POST
@permission_required("events.view_event", load=load.event)
def cancel_view(request, event):
    registration = queries.active_registration(event, request.user)
    if registration is not None:
        try:
            cancel(actor=request.user, registration=registration)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Your registration is cancelled."))
    return redirect("events:agenda")


@permission_required()
def agenda(request):
    context = {
        "registrations": list(queries.agenda_registrations(request.user)),
        "choices": list(queries.agenda_choices(request.user)),
        "sessions": list(queries.agenda_sessions(request.user)),
    }
    return render(request, "events/agenda.html", context)


@permission_required()
def agenda_ics(request):
    sessions = queries.agenda_sessions(request.user)
    return ics_response(agenda_calendar(_("My agenda"), sessions), "my-agenda.ics")
