"""The helpdesk's queue of opportunities waiting for validation; approve or reject."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..domain.opportunities import approve_opportunity, reject_opportunity
from ..domain.queries import opportunity_for_page, validation_queue
from ..forms import RejectForm
from .helpers import object_or_404, say_error


def _require_staff(user):
    if not user.has_perm("partnering.validate_opportunities"):
        raise Http404


@login_required
def queue(request):
    _require_staff(request.user)
    opportunities = sorted(validation_queue(), key=lambda o: o.office_id != request.user.office_id)
    return render(request, "partnering/validation_queue.html", {"opportunities": opportunities})


@login_required
@require_POST
def approve(request, reference):
    opportunity = object_or_404(request.user, "partnering.validate_opportunities", opportunity_for_page, reference)
    try:
        approve_opportunity(actor=request.user, opportunity=opportunity)
    except ValidationError as error:
        say_error(request, error)
        return redirect(opportunity)
    messages.success(request, _("The opportunity is published."))
    return redirect("partnering:validation-queue")


@login_required
@require_POST
def reject(request, reference):
    opportunity = object_or_404(request.user, "partnering.validate_opportunities", opportunity_for_page, reference)
    form = RejectForm(request.POST)
    if form.is_valid():
        try:
            reject_opportunity(actor=request.user, opportunity=opportunity, reason=form.cleaned_data["reason"])
        except ValidationError as error:
            say_error(request, error)
            return redirect(opportunity)
        messages.success(request, _("The opportunity is rejected; the owners have been told why."))
        return redirect("partnering:validation-queue")
    messages.error(request, _("Tell the owners why, so that they can correct it."))
    return redirect(opportunity)
