"""Expressions of interest: send one, answer it, and the conversation on an accepted contact."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ejrc.core.permissions import permission_required

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
from .helpers import add_errors, say_error


@permission_required("partnering.express_interest", load=opportunity_for_page)
def express(request, opportunity):
    form = InterestForm(request.POST or None, organisations=organisations_of(request.user))
    if request.method == "POST" and form.is_valid():
        try:
            interest = express_interest(actor=request.user, opportunity=opportunity,
                                        organisation=form.cleaned_data["organisation"],
                                        message=form.cleaned_data["message"])
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Your interest has been sent; you will hear when they answer."))
            return redirect("partnering:interest", pk=interest.pk)
    return render(request, "partnering/interest_form.html", {"form": form, "opportunity": opportunity})


@permission_required("partnering.view_interest", load=interest_for_page)
def interest(request, interest):
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


@permission_required("partnering.answer_interest", load=interest_for_page)
@require_POST
def answer(request, interest):
    accept = request.POST.get("accept") == "yes"
    try:
        answer_interest(actor=request.user, interest=interest, accept=accept)
    except ValidationError as error:
        say_error(request, error)
    else:
        messages.success(request, _("Accepted: you now see each other's contacts.") if accept else _("Declined."))
    return redirect("partnering:interest", pk=interest.pk)


@permission_required("partnering.withdraw_interest", load=interest_for_page)
@require_POST
def withdraw(request, interest):
    try:
        withdraw_interest(actor=request.user, interest=interest)
    except ValidationError as error:
        say_error(request, error)
    else:
        messages.success(request, _("Your expression of interest is withdrawn."))
    return redirect("partnering:interest", pk=interest.pk)


@permission_required("partnering.view_interest", load=interest_for_page)
@require_POST
def message(request, interest):
    form = MessageForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(_("Write a message first (at most 4,000 characters)."))
        post_message(actor=request.user, interest=interest, body=form.cleaned_data["body"])
    except ValidationError as error:
        say_error(request, error)
    return redirect("partnering:interest", pk=interest.pk)
