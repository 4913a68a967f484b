"""Owners' pages: publish, change, renew and withdraw opportunities; the list of one's own."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ejrc.core.permissions import permission_required

from ..domain.opportunities import (
    create_opportunity,
    renew_opportunity,
    update_opportunity,
    withdraw_opportunity,
)
from ..domain.queries import interests_of, opportunities_of, opportunity_for_page, organisations_of
from ..forms import OpportunityForm
from .helpers import add_errors, say_error


@permission_required()
def mine(request):
    return render(request, "partnering/mine.html", {
        "opportunities": opportunities_of(request.user),
        "interests": interests_of(request.user),
        "can_publish": organisations_of(request.user).exists(),
    })


@permission_required()
def create(request):
    organisations = organisations_of(request.user)
    if not organisations.exists():
        return render(request, "partnering/cannot_publish.html", status=200)
    form = OpportunityForm(request.POST or None, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            opportunity = create_opportunity(actor=request.user, organisation=data.pop("organisation"), data=data)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Thank you: the helpdesk will check the opportunity before it is published."))
            return redirect(opportunity)
    return render(request, "partnering/opportunity_form.html", {"form": form})


@permission_required("partnering.change_opportunity", load=opportunity_for_page)
def edit(request, opportunity):
    form = OpportunityForm(request.POST or None, initial=OpportunityForm.initial_from(opportunity))
    if request.method == "POST" and form.is_valid():
        try:
            update_opportunity(actor=request.user, opportunity=opportunity, data=form.cleaned_data)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Saved: the helpdesk will check the changes before the opportunity is public again."))
            return redirect(opportunity)
    return render(request, "partnering/opportunity_form.html", {"form": form, "opportunity": opportunity})


@permission_required("partnering.change_opportunity", load=opportunity_for_page)
@require_POST
def renew(request, opportunity):
    try:
        opportunity = renew_opportunity(actor=request.user, opportunity=opportunity)
    except ValidationError as error:
        say_error(request, error)
    else:
        messages.success(request, _("Renewed until %(date)s.") % {"date": opportunity.expires_on})
    return redirect(opportunity)


@permission_required("partnering.change_opportunity", load=opportunity_for_page)
@require_POST
def withdraw(request, opportunity):
    withdraw_opportunity(actor=request.user, opportunity=opportunity)
    messages.success(request, _("The opportunity is withdrawn from the board."))
    return redirect(opportunity)
