"""Outcomes of an accepted contact, and the offices' pipeline of them."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ejrc.core.permissions import permission_required

from ejrc.helpdesk.models import Office

from ..domain.outcomes import pipeline, record_outcome
from ..domain.queries import interest_for_page
from ..forms import OutcomeForm
from .helpers import say_error


@permission_required("partnering.view_interest", load=interest_for_page)
@require_POST
def record(request, interest):
    form = OutcomeForm(request.POST, request.FILES)
    try:
        if not form.is_valid():
            raise ValidationError([error for errors in form.errors.values() for error in errors])
        record_outcome(actor=request.user, interest=interest, **form.cleaned_data)
    except ValidationError as error:
        say_error(request, error)
    else:
        messages.success(request, _("The outcome is recorded."))
    return redirect("partnering:interest", pk=interest.pk)


@permission_required("partnering.view_pipeline")
def office_pipeline(request):
    """Accepted contacts and their outcomes in the staff member's area (``?office=all``: all)."""
    offices = list(Office.objects.all())
    chosen = request.GET.get("office") or getattr(request.user.office, "code", "all")
    office = next((o for o in offices if o.code == chosen), None)
    return render(request, "partnering/pipeline.html", {
        "interests": pipeline(office=office), "offices": offices, "chosen": chosen if office else "all",
    })
