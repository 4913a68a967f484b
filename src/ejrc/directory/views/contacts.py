"""Contact requests: asking an organisation for its contacts, and the inbox to answer them."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ejrc.core.permissions import permission_required
from ejrc.directory.domain import queries
from ejrc.directory.domain.contacts import answer_contact_request, request_contact, requests_to_answer
from ejrc.directory.forms import ContactRequestForm
from ejrc.directory.views import helpers as load
from ejrc.directory.views.helpers import add_errors


@permission_required("directory.request_contact", load=load.organisation)
def ask(request, organisation):
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


@permission_required()
def inbox(request):
    """Requests received by the user's organisations, and those the user sent."""
    received = list(queries.received_requests(request.user)[:100])
    return render(request, "directory/requests.html", {
        "received": requests_to_answer(viewer=request.user, requests=received),
        "sent": list(queries.sent_requests(request.user)[:100]),
    })


@permission_required("directory.answer_contact_request", load=load.contact_request)
@require_POST
def answer(request, contact_request):
    accept = request.POST.get("answer") == "accept"
    try:
        answer_contact_request(actor=request.user, request=contact_request, accept=accept)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Accepted: they can now see your contacts.") if accept else _("Declined."))
    return redirect("directory:requests")
