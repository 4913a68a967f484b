"""Organiser pages: the registrations of an event, approving and declining them."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ejrc.events.domain.registration import approve, reject
from ejrc.events.forms import RejectForm
from ejrc.events.models import Registration

from .access import event_or_404


@login_required
def registrations(request, slug):
    event = event_or_404(request.user, slug, "events.manage_event")
    rows = (event.registrations.select_related("user", "organisation__country")
            .prefetch_related("choices__session").order_by("created", "id"))
    return render(request, "events/registrations.html",
                  {"event": event, "registrations": rows, "reject_form": RejectForm()})


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
