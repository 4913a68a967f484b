"""The agreements screen: helpdesk staff record, change and remove agreements between
organisations. Everyone else, signed in or not, gets a 404: the screen does not exist for them."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from ejrc.core.permissions import permission_required
from ejrc.directory.agreement_forms import AgreementForm
from ejrc.directory.domain import agreements as domain
from ejrc.directory.views.helpers import add_errors


MANAGE = "directory.manage_agreements"
# Anonymous visitors get the 404 too (login=False): the screen does not exist for them.
staff_only = permission_required(MANAGE, login=False)
staff_only_on = permission_required(MANAGE, login=False, load=lambda pk: domain.agreements().get(pk=pk))


@staff_only
def agreement_list(request):
    return render(request, "directory/agreement_list.html", {"agreements": domain.agreements()})


def _edit(request, agreement=None):
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


@staff_only
def agreement_create(request):
    return _edit(request)


@staff_only_on
def agreement_edit(request, agreement):
    return _edit(request, agreement)


@staff_only_on
def agreement_remove(request, agreement):
    if request.method == "POST":
        domain.remove_agreement(actor=request.user, agreement=agreement)
        messages.success(request, _("The agreement is removed."))
        return redirect("directory:agreements")
    return render(request, "directory/agreement_remove.html", {"agreement": agreement})
