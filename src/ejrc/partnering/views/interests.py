"""Expressions of interest: send one, answer it, and the conversation on an accepted contact."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..domain.interests import (
    answer_interest,
    disclosed_contacts,
    express_interest,
    post_message,
    side_of,
    withdraw_interest,
)
from ..domain.queries import interest_for_page, opportunity_for_page, organisations_of
from ..forms import InterestForm, MessageForm, OutcomeForm
from .helpers import add_errors, object_or_404, say_error


@login_required
def express(request, reference):
    opportunity = object_or_404(request.user, "partnering.view_opportunity", opportunity_for_page, reference)
    form = InterestForm(request.POST or None, organisations=organisations_of(request.user))
    if request.method == "POST" and form.is_valid():
        try:
            interest = express_interest(actor=request.user, opportunity=opportunity,
                                        organisation=form.cleaned_data["organisation"],
                                        message=form.cleaned_data["message"])
        except ValidationError as error:
            add_errors(form, error)
        except PermissionDenied:
            raise Http404 from None
        else:
            messages.success(request, _("Your interest has been sent; you will hear when they answer."))
            return redirect("partnering:interest", pk=interest.pk)
    return render(request, "partnering/interest_form.html", {"form": form, "opportunity": opportunity})


@login_required
def interest(request, pk):
    interest = object_or_404(request.user, "partnering.view_interest", interest_for_page, pk)
    side = side_of(request.user, interest)
    other = interest.organisation if side == interest.opportunity.organisation else interest.opportunity.organisation
    return render(request, "partnering/interest.html", {
        "interest": interest, "side": side, "other": other,
        "contacts": disclosed_contacts(interest=interest, organisation=other),
        "thread": interest.messages.select_related("author", "organisation"),
        "message_form": MessageForm(), "outcome_form": OutcomeForm(),
        "outcomes": interest.outcomes.all(),
        "can_answer": request.user.has_perm("partnering.answer_interest", interest),
        "can_withdraw": request.user.has_perm("partnering.withdraw_interest", interest),
    })


@login_required
@require_POST
def answer(request, pk):
    interest = object_or_404(request.user, "partnering.answer_interest", interest_for_page, pk)
    accept = request.POST.get("accept") == "yes"
    try:
        answer_interest(actor=request.user, interest=interest, accept=accept)
    except ValidationError as error:
        say_error(request, error)
    else:
        messages.success(request, _("Accepted: you now see each other's contacts.") if accept else _("Declined."))
    return redirect("partnering:interest", pk=pk)


@login_required
@require_POST
def withdraw(request, pk):
    interest = object_or_404(request.user, "partnering.withdraw_interest", interest_for_page, pk)
    try:
        withdraw_interest(actor=request.user, interest=interest)
    except ValidationError as error:
        say_error(request, error)
    else:
        messages.success(request, _("Your expression of interest is withdrawn."))
    return redirect("partnering:interest", pk=pk)


@login_required
@require_POST
def message(request, pk):
    interest = object_or_404(request.user, "partnering.view_interest", interest_for_page, pk)
    form = MessageForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(_("Write a message first (at most 4,000 characters)."))
        post_message(actor=request.user, interest=interest, body=form.cleaned_data["body"])
    except ValidationError as error:
        say_error(request, error)
    return redirect("partnering:interest", pk=pk)
