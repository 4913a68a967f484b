"""Outcomes of an accepted contact, and the offices' pipeline of them."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ejrc.helpdesk.models import Office

from ..domain.outcomes import pipeline, record_outcome
from ..domain.queries import interest_for_page
from ..forms import OutcomeForm
from .helpers import object_or_404, say_error


@login_required
@require_POST
def record(request, pk):
    interest = object_or_404(request.user, "partnering.view_interest", interest_for_page, pk)
    form = OutcomeForm(request.POST, request.FILES)
    try:
        if not form.is_valid():
            raise ValidationError([error for errors in form.errors.values() for error in errors])
        record_outcome(actor=request.user, interest=interest, **form.cleaned_data)
    except ValidationError as error:
        say_error(request, error)
    else:
        messages.success(request, _("The outcome is recorded."))
    return redirect("partnering:interest", pk=pk)


@login_required
def office_pipeline(request):
    """Accepted contacts and their outcomes in the staff member's area (``?office=all``: all)."""
    if not request.user.has_perm("partnering.view_pipeline"):
        raise Http404
    offices = list(Office.objects.all())
    chosen = request.GET.get("office") or getattr(request.user.office, "code", "all")
    office = next((o for o in offices if o.code == chosen), None)
    return render(request, "partnering/pipeline.html", {
        "interests": pipeline(office=office), "offices": offices, "chosen": chosen if office else "all",
    })
