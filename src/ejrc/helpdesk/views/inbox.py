"""The staff's inbox of their office, and everything done to one inquiry."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ejrc.core.permissions import permission_required

from ..domain import inquiries
from ..domain.queries import inbox as inbox_rows
from ..domain.queries import inquiry_for_staff
from ..forms import AssignForm, HandOverForm, InboxFilterForm, MessageForm
from ..models import MessageKind, Office
from ..rules import handles_any_office
from .helpers import add_errors, attachment_response

PAGE_SIZE = 50


def _office_of(request, manager):
    """The viewer's office; managers (every office) choose one with ``?office=``."""
    wanted = request.GET.get("office")
    if wanted and manager:
        return Office.objects.filter(code=wanted).first() or request.user.office
    return request.user.office or Office.objects.first()


@permission_required("helpdesk.view_inbox")
def inbox(request):
    manager = handles_any_office(request.user)
    office = _office_of(request, manager)
    colleagues = list(inquiries.colleagues(office))
    filters = InboxFilterForm(request.GET or None, colleagues=colleagues)
    chosen = filters.cleaned_data if filters.is_valid() else {}
    rows = inbox_rows(office=office, **{key: chosen.get(key, "") for key in ("status", "topic", "assignee")})
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "helpdesk/inbox.html", {
        "office": office, "filters": filters, "page": page, "query": query.urlencode(),
        "offices": Office.objects.all() if manager else [],
    })


def _load(reference):
    return inquiry_for_staff(reference=reference)


def _page(request, inquiry, status=200, **forms):
    colleagues = inquiries.colleagues(inquiry.office)
    context = {
        "inquiry": inquiry, "thread": list(inquiry.messages.all()),
        "reply_form": MessageForm(prefix="reply"), "note_form": MessageForm(prefix="note"),
        "assign_form": AssignForm(colleagues=colleagues, initial={"assignee": inquiry.assignee_id}),
        "hand_over_form": HandOverForm(inquiry=inquiry), "reply_kind": MessageKind.REPLY,
        "note_kind": MessageKind.NOTE, "sender_kind": MessageKind.SENDER,
    }
    context.update(forms)
    return render(request, "helpdesk/inquiry.html", context, status=status)


@permission_required("helpdesk.handle_inquiry", load=_load)
def inquiry(request, inquiry):
    return _page(request, inquiry)


def _message_action(request, inquiry, *, prefix, action, done):
    form = MessageForm(request.POST, prefix=prefix)
    if form.is_valid():
        try:
            action(actor=request.user, inquiry=inquiry, body=form.cleaned_data["body"])
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, done)
            return redirect(inquiry)
    return _page(request, inquiry, **{f"{prefix}_form": form})


@permission_required("helpdesk.handle_inquiry", load=_load)
@require_POST
def reply(request, inquiry):
    return _message_action(request, inquiry, prefix="reply", action=inquiries.reply,
                           done=_("Your reply has been sent to the sender, in their language."))


@permission_required("helpdesk.handle_inquiry", load=_load)
@require_POST
def note(request, inquiry):
    return _message_action(request, inquiry, prefix="note", action=inquiries.add_note,
                           done=_("The note is kept for the staff; the sender does not see it."))


@permission_required("helpdesk.handle_inquiry", load=_load)
@require_POST
def assign(request, inquiry):
    form = AssignForm(request.POST, colleagues=inquiries.colleagues(inquiry.office))
    if form.is_valid():
        try:
            inquiries.assign(actor=request.user, inquiry=inquiry, assignee=form.cleaned_data["assignee"])
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("The assignee is saved."))
            return redirect(inquiry)
    return _page(request, inquiry, assign_form=form)


def _state_change(request, inquiry, action, done):
    try:
        action(actor=request.user, inquiry=inquiry)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, done)
    return redirect(inquiry)


@permission_required("helpdesk.handle_inquiry", load=_load)
@require_POST
def close(request, inquiry):
    return _state_change(request, inquiry, inquiries.close, _("The inquiry is closed."))


@permission_required("helpdesk.handle_inquiry", load=_load)
@require_POST
def reopen(request, inquiry):
    return _state_change(request, inquiry, inquiries.reopen, _("The inquiry is open again."))


@permission_required("helpdesk.handle_inquiry", load=_load)
@require_POST
def hand_over(request, inquiry):
    form = HandOverForm(request.POST, inquiry=inquiry)
    if form.is_valid():
        try:
            inquiries.hand_over(actor=request.user, inquiry=inquiry, office=form.cleaned_data["office"],
                                note=form.cleaned_data["note"])
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("The inquiry has been handed over to the %(office)s, which has been told.")
                             % {"office": form.cleaned_data["office"]})
            return redirect("helpdesk:inbox")
    return _page(request, inquiry, hand_over_form=form)


@permission_required("helpdesk.handle_inquiry", load=_load)
def attachment(request, inquiry):
    return attachment_response(inquiry)
