"""Organiser pages: participants (filters, exports, badges), approval, check-in, dashboard."""

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ejrc.core.permissions import permission_required
from ejrc.events.domain.badges import badges_pdf
from ejrc.events.domain.dashboard import dashboard as dashboard_figures
from ejrc.events.domain.participants import (
    as_csv,
    as_xlsx,
    check_in,
    export_table,
    participant_records,
    participants,
)
from ejrc.events.domain.registration import approve, reject
from ejrc.events.forms import ParticipantFilterForm, RejectForm
from ejrc.events.models import RegistrationStatus

from . import access as load

MANAGE = {"permission": "events.manage_event", "load": load.event}
MANAGE_ONE = {"permission": "events.manage_registration", "load": load.registration}

PER_PAGE = 100
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _filtered(request, event):
    form = ParticipantFilterForm(request.GET or None, event=event)
    return form, participants(event, **form.filters())


@permission_required(**MANAGE)
def registrations(request, event):
    form, rows = _filtered(request, event)
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
    filters = request.GET.copy()
    filters.pop("page", None)
    return render(request, "events/registrations.html", {
        "event": event, "registrations": participant_records(page.object_list), "page": page, "filter_form": form,
        "reject_form": RejectForm(), "query": filters.urlencode()})


def _table(request, event):
    _form, rows = _filtered(request, event)
    return export_table(event, rows)


def _download(content, content_type, filename):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@permission_required(**MANAGE)
def export_csv(request, event):
    return _download(as_csv(*_table(request, event)), "text/csv; charset=utf-8", f"{event.slug}-participants.csv")


@permission_required(**MANAGE)
def export_xlsx(request, event):
    return _download(as_xlsx(*_table(request, event), title=event.slug), XLSX, f"{event.slug}-participants.xlsx")


@permission_required(**MANAGE)
def badges(request, event):
    _form, rows = _filtered(request, event)
    response = HttpResponse(badges_pdf(event, rows.filter(status=RegistrationStatus.CONFIRMED, user__isnull=False)),
                            content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{event.slug}-badges.pdf"'
    return response


@require_POST
@permission_required(**MANAGE_ONE)
def decide(request, registration):
    event = registration.event
    try:
        if request.POST.get("decision") == "approve":
            approve(actor=request.user, registration=registration)
            messages.success(request, _("Registration approved."))
        else:
            form = RejectForm(request.POST)
            if not form.is_valid():
                raise ValidationError(_("Please give the participant a reason."))
            reject(actor=request.user, registration=registration, reason=form.cleaned_data["reason"])
            messages.success(request, _("Registration declined."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("events:registrations", slug=event.slug)


@permission_required(**MANAGE)
def check_in_list(request, event):
    text = request.GET.get("q", "").strip()
    rows = []
    if text:  # people removed after the retention period have no name to find
        rows = participants(event, status=RegistrationStatus.CONFIRMED, text=text).filter(user__isnull=False)
    template = "events/_check_in_rows.html" if request.headers.get("HX-Request") else "events/check_in.html"
    return render(request, template, {"event": event, "rows": rows, "q": text})


@require_POST
@permission_required(**MANAGE_ONE)
def check_in_one(request, registration):
    event = registration.event
    try:
        check_in(actor=request.user, registration=registration, present=request.POST.get("present") == "1")
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    if request.headers.get("HX-Request"):
        return render(request, "events/_check_in_row.html", {"event": event, "registration": registration})
    query = urlencode({"q": request.POST.get("q", "")})
    return redirect(f"{reverse('events:check-in', kwargs={'slug': event.slug})}?{query}")


@permission_required(**MANAGE)
def dashboard(request, event):
    return render(request, "events/dashboard.html", {"event": event, **dashboard_figures(event)})
