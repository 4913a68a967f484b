"""The public FAQ, and the staff's editor of its entries."""

from itertools import groupby

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from ejrc.core.permissions import permission_required

from ..domain.faq import draft_from_reply, save_faq_entry, search_faq
from ..forms import FaqForm, FaqSearchForm
from ..models import FaqEntry, InquiryMessage, Topic
from .helpers import add_errors


def faq(request):
    search = FaqSearchForm(request.GET or None)
    query = search.cleaned_data["q"] if search.is_valid() else ""
    labels, order = dict(Topic.choices), {topic: n for n, topic in enumerate(Topic.values)}
    entries = sorted(search_faq(query), key=lambda entry: (order.get(entry.topic, len(order)), entry.pk))
    groups = [(labels.get(topic, topic), list(items)) for topic, items in groupby(entries, key=lambda e: e.topic)]
    return render(request, "helpdesk/faq.html", {"search": search, "query": query, "groups": groups,
                                                  "count": len(entries)})


def _draft(request):
    """A new entry, started from the reply named by ``?reply=`` when staff may read its inquiry
    (else an empty one: a missing reply and another office's look alike)."""
    reply_id = request.GET.get("reply", "")
    if not reply_id.isdigit():
        return FaqEntry()
    message = InquiryMessage.objects.select_related("inquiry").filter(pk=reply_id).first()
    if message is None or not request.user.has_perm("helpdesk.handle_inquiry", message.inquiry):
        return FaqEntry()
    try:
        return draft_from_reply(message)
    except ValidationError:
        return FaqEntry()


def _edit(request, entry):
    form = FaqForm(request.POST or None, instance=entry)
    if request.method == "POST" and form.is_valid():
        try:
            save_faq_entry(actor=request.user, entry=entry, data=form.cleaned_data)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("The FAQ entry is saved.") if not entry.published
                             else _("The FAQ entry is saved and published."))
            return redirect("helpdesk:faq-edit", pk=entry.pk)
    return render(request, "helpdesk/faq_form.html", {"form": form, "entry": entry})


@permission_required("helpdesk.edit_faq")
def faq_new(request):
    return _edit(request, _draft(request))  # the source reply stays in the address when posting


@permission_required("helpdesk.edit_faq", load=lambda pk: FaqEntry.objects.get(pk=pk))
def faq_edit(request, entry):
    return _edit(request, entry)


@permission_required("helpdesk.edit_faq")
def faq_manage(request):
    return render(request, "helpdesk/faq_manage.html", {"entries": FaqEntry.objects.order_by("topic", "-updated")})
