"""Organiser pages: participants (filters, exports, badges), approval, check-in, dashboard."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ejrc.events.domain.badges import badges_pdf
from ejrc.events.domain.dashboard import dashboard as dashboard_figures
from ejrc.events.domain.participants import as_csv, as_xlsx, check_in, export_table, participants
from ejrc.events.domain.registration import approve, reject
from ejrc.events.forms import ParticipantFilterForm, RejectForm
from ejrc.events.models import Registration, RegistrationStatus

from .access import event_or_404

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _filtered(request, event):
    form = ParticipantFilterForm(request.GET or None, event=event)
    return form, participants(event, **form.filters())


@login_required
def registrations(request, slug):
    event = event_or_404(request.user, slug, "events.manage_event")
    form, rows = _filtered(request, event)
    return render(request, "events/registrations.html", {
        "event": event, "registrations": rows, "filter_form": form, "reject_form": RejectForm(),
        "query": request.GET.urlencode()})


@login_required
def export(request, slug, file_format):
    event = event_or_404(request.user, slug, "events.manage_event")
    _form, rows = _filtered(request, event)
    header, table = export_table(event, rows)
    if file_format == "xlsx":
        response = HttpResponse(as_xlsx(header, table, title=event.slug), content_type=XLSX)
    else:
        response = HttpResponse(as_csv(header, table), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{event.slug}-participants.{file_format}"'
    return response


@login_required
def badges(request, slug):
    event = event_or_404(request.user, slug, "events.manage_event")
    _form, rows = _filtered(request, event)
    response = HttpResponse(badges_pdf(event, rows.filter(status=RegistrationStatus.CONFIRMED)),
                            content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{event.slug}-badges.pdf"'
    return response


@login_required
@require_POST
def decide(request, slug, pk):
    event = event_or_404(request.user, slug, "events.manage_event")
    registration = get_object_or_404(Registration, event=event, pk=pk)
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


@login_required
def check_in_list(request, slug):
    event = event_or_404(request.user, slug, "events.manage_event")
    text = request.GET.get("q", "").strip()
    rows = participants(event, status=RegistrationStatus.CONFIRMED, text=text) if text else []
    template = "events/_check_in_rows.html" if request.headers.get("HX-Request") else "events/check_in.html"
    return render(request, template, {"event": event, "rows": rows, "q": text})


@login_required
@require_POST
def check_in_one(request, slug, pk):
    event = event_or_404(request.user, slug, "events.manage_event")
    registration = get_object_or_404(Registration.objects.select_related("user", "organisation"), event=event, pk=pk)
    try:
        check_in(actor=request.user, registration=registration, present=request.POST.get("present") == "1")
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    if request.headers.get("HX-Request"):
        return render(request, "events/_check_in_row.html", {"event": event, "registration": registration})
    query = urlencode({"q": request.POST.get("q", "")})
    return redirect(f"{reverse('events:check-in', kwargs={'slug': event.slug})}?{query}")


@login_required
def dashboard(request, slug):
    event = event_or_404(request.user, slug, "events.manage_event")
    return render(request, "events/dashboard.html", {"event": event, **dashboard_figures(event)})
