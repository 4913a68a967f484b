"""The public side of the inquiry desk: the form, and the sender's private link."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ejrc.core.i18n import current_language
from ejrc.core.permissions import permission_required

from ..domain.inquiries import submit_inquiry, write_back
from ..domain.limits import within_limits
from ..domain.queries import inquiry_for_sender
from ..forms import InquiryForm, MessageForm
from .helpers import add_errors, attachment_response, client_ip

FIELDS = ("topic", "side", "country", "prefecture", "region", "name", "organisation_name", "email", "message",
          "attachment")


def ask(request):
    """Anyone may ask, signed in or not. A filled honeypot gets a thank-you and saves nothing."""
    initial = {"email": request.user.email, "name": request.user.name} if request.user.is_authenticated else {}
    form = InquiryForm(request.POST or None, request.FILES or None, initial=initial)
    if request.method == "POST":
        if form.is_spam:
            return render(request, "helpdesk/sent.html")
        if form.is_valid():
            data = form.cleaned_data
            if not within_limits(ip=client_ip(request), email=data["email"]):
                form.add_error(None, _("Too many inquiries have come from you in the last hour. Your text is "
                                       "kept below: please send it again later."))
            else:
                try:
                    inquiry = submit_inquiry(actor=request.user, language=current_language(),
                                             **{field: data[field] for field in FIELDS})
                except ValidationError as error:
                    add_errors(form, error)
                else:
                    messages.success(request, _("Thank you: your inquiry %(reference)s has reached the %(office)s. "
                                                "We have e-mailed you the link to this page.") % {
                        "reference": inquiry.reference, "office": inquiry.office})
                    return redirect("helpdesk:track", token=inquiry.token)
    return render(request, "helpdesk/ask.html", {"form": form})


def _load_for_sender(token):
    return inquiry_for_sender(token=token)


@permission_required(load=_load_for_sender, login=False)
def track(request, inquiry):
    return render(request, "helpdesk/track.html", {
        "inquiry": inquiry, "thread": inquiry.visible_messages, "form": MessageForm()})


@permission_required(load=_load_for_sender, login=False)
@require_POST
def track_write(request, inquiry):
    form = MessageForm(request.POST)
    if form.is_valid():
        try:
            write_back(inquiry=inquiry, body=form.cleaned_data["body"])
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Your message has been sent to the helpdesk."))
            return redirect("helpdesk:track", token=inquiry.token)
    return render(request, "helpdesk/track.html", {
        "inquiry": inquiry, "thread": inquiry.visible_messages, "form": form}, status=200)


@permission_required(load=_load_for_sender, login=False)
def track_attachment(request, inquiry):
    return attachment_response(inquiry)
