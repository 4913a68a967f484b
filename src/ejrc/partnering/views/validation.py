"""The helpdesk's queue of opportunities waiting for validation; approve or reject."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ejrc.core.permissions import permission_required

from ..domain.opportunities import approve_opportunity, reject_opportunity
from ..domain.queries import opportunity_for_page, validation_queue
from ..forms import RejectForm
from .helpers import say_error


@permission_required("partnering.view_validation_queue")
def queue(request):
    opportunities = sorted(validation_queue(), key=lambda o: o.office_id != request.user.office_id)
    return render(request, "partnering/validation_queue.html", {"opportunities": opportunities})


@permission_required("partnering.decide_opportunity", load=opportunity_for_page)
@require_POST
def approve(request, opportunity):
    try:
        approve_opportunity(actor=request.user, opportunity=opportunity)
    except ValidationError as error:
        say_error(request, error)
        return redirect(opportunity)
    messages.success(request, _("The opportunity is published."))
    return redirect("partnering:validation-queue")


@permission_required("partnering.decide_opportunity", load=opportunity_for_page)
@require_POST
def reject(request, opportunity):
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
