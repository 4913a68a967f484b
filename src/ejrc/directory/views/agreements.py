"""The agreements screen: helpdesk staff record, change and remove agreements between
organisations. Everyone else, signed in or not, gets a 404: the screen does not exist for them."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from ejrc.directory.agreement_forms import AgreementForm
from ejrc.directory.domain import agreements as domain
from ejrc.directory.views.helpers import add_errors


def _staff_only(request):
    if not domain.can_manage_agreements(request.user):
        raise Http404


def _agreement_or_404(pk):
    return get_object_or_404(domain.agreements(), pk=pk)


def agreement_list(request):
    _staff_only(request)
    return render(request, "directory/agreement_list.html", {"agreements": domain.agreements()})


def _edit(request, agreement=None):
    _staff_only(request)
    post = request.POST if request.method == "POST" else None
    form = AgreementForm(post, request.FILES or None, agreement=agreement)
    if post is not None and form.is_valid():
        try:
            agreement = domain.save_agreement(
                actor=request.user, agreement=agreement, data=form.data_for_domain(),
                organisations=form.cleaned_data["organisations"], document=form.cleaned_data["document"],
            )
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("The agreement is saved; it shows on the profile of each organisation."))
            return redirect("directory:agreements")
    return render(request, "directory/agreement_form.html", {"form": form, "agreement": agreement})


def agreement_create(request):
    return _edit(request)


def agreement_edit(request, pk):
    _staff_only(request)
    return _edit(request, _agreement_or_404(pk))


def agreement_remove(request, pk):
    _staff_only(request)
    agreement = _agreement_or_404(pk)
    if request.method == "POST":
        domain.remove_agreement(actor=request.user, agreement=agreement)
        messages.success(request, _("The agreement is removed."))
        return redirect("directory:agreements")
    return render(request, "directory/agreement_remove.html", {"agreement": agreement})
