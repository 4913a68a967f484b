"""The organiser's programme editor: add sessions, see the hours Europe and Japan share."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from ejrc.core.permissions import permission_required
from ejrc.events.domain import overlap, queries
from ejrc.events.domain.events import add_session
from ejrc.events.forms_programme import SessionForm

from . import access as load
from .access import add_errors


def _day_hints(event, days):
    hints = []
    for day, sessions in days:
        shared = overlap.shared_working_hours(day.date)
        hints.append({
            "day": day, "shared": shared, "gap": overlap.gap_hours(day.date),
            "sessions": [(session, session.for_both_sides and not (shared and shared.contains(
                session.starts_at, session.ends_at))) for session in sessions],
        })
    return hints



@permission_required("events.manage_event", load=load.event)
def edit_programme(request, event):
    form = SessionForm(request.POST or None, event=event)
    if request.method == "POST" and form.is_valid():
        try:
            session = add_session(actor=request.user, event=event, **form.session_fields())
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Session added."))
            shared = overlap.shared_working_hours(timezone.localtime(session.starts_at, event.zone).date())
            if session.for_both_sides and not (shared and shared.contains(session.starts_at, session.ends_at)):
                messages.warning(request, _("This session lies outside the hours both Europe and Japan are at work."))
            return redirect("events:edit-programme", slug=event.slug)
    context = {
        "event": event, "form": form, "days": _day_hints(event, queries.programme_by_day(event)),
        "clock_changes": overlap.clock_change_warnings(event.starts_on, event.ends_on),
        "europe": overlap.EUROPE, "japan": overlap.JAPAN,
    }
    return render(request, "events/edit_programme.html", context)
