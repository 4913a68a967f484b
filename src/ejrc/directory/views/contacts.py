"""Contact requests: asking an organisation for its contacts, and the inbox to answer them."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ejrc.directory.domain import queries
from ejrc.directory.domain.contacts import answer_contact_request, request_contact
from ejrc.directory.forms import ContactRequestForm
from ejrc.directory.models import ContactRequest
from ejrc.directory.views.helpers import add_errors, organisation_or_404


@login_required
def ask(request, slug):
    organisation = organisation_or_404(request.user, slug)
    if not request.user.has_perm("directory.request_contact", organisation):
        raise Http404
    form = ContactRequestForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            request_contact(actor=request.user, organisation=organisation, message=form.cleaned_data["message"],
                            requester_organisation=form.cleaned_data.get("requester_organisation"))
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Your request has been sent. You will get an e-mail with the answer."))
            return redirect(organisation.get_absolute_url())
    return render(request, "directory/contact_request_form.html", {"organisation": organisation, "form": form})


@login_required
def inbox(request):
    """Requests received by the user's organisations, and those the user sent."""
    return render(request, "directory/requests.html", {
        "received": list(queries.received_requests(request.user)[:100]),
        "sent": list(queries.sent_requests(request.user)[:100]),
    })


@login_required
@require_POST
def answer(request, pk):
    contact_request = get_object_or_404(ContactRequest.objects.select_related("organisation"), pk=pk)
    if not request.user.has_perm("directory.answer_contact_requests", contact_request.organisation):
        raise Http404
    accept = request.POST.get("answer") == "accept"
    try:
        answer_contact_request(actor=request.user, request=contact_request, accept=accept)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Accepted: they can now see your contacts.") if accept else _("Declined."))
    return redirect("directory:requests")
