"""The participants' pages: the marketplace, their profile, requests, booking, availability."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ejrc.core.permissions import permission_required
from ejrc.meetings.domain import booking, queries, requests
from ejrc.meetings.domain.setup import participant_of, update_profile
from ejrc.meetings.forms import FilterForm, ProfileForm, RequestForm
from ejrc.meetings.models import Slot

from . import access as load

TAKE_PART = {"permission": "meetings.take_part", "load": load.event}


def _me(request, event):
    me = participant_of(event, request.user)
    if me is None:
        raise Http404
    return me


@permission_required(**TAKE_PART)
def marketplace(request, event):
    me = _me(request, event)
    form = FilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    people = queries.marketplace(event, viewer=me, **{k: v or "" for k, v in filters.items()})
    return render(request, "meetings/marketplace.html", {
        "event": event, "me": me, "form": form, "people": people,
        "recommended": queries.recommended(event, viewer=me)})


@permission_required(**TAKE_PART)
def profile(request, event):
    me = _me(request, event)
    form = ProfileForm(request.POST or None, instance=me)
    if request.method == "POST" and form.is_valid():
        update_profile(actor=request.user, participant=me, **form.cleaned_data)
        messages.success(request, _("Your B2B profile is saved."))
        return redirect("meetings:marketplace", slug=event.slug)
    return render(request, "meetings/profile.html", {"event": event, "form": form})


@permission_required("meetings.ask", load=load.counterpart)
def ask(request, other):
    event = other.event
    me = _me(request, event)
    form = RequestForm(request.POST or None, event=event)
    if request.method == "POST" and form.is_valid():
        try:
            requests.request_meeting(actor=request.user, requester=me, recipient=other, **form.cleaned_data)
        except ValidationError as error:
            load.add_errors(form, error)
        else:
            messages.success(request, _("Your request is sent."))
            return redirect("meetings:requests", slug=event.slug)
    return render(request, "meetings/ask.html", {"event": event, "other": other, "form": form})


@permission_required(**TAKE_PART)
def request_list(request, event):
    me = _me(request, event)
    return render(request, "meetings/requests.html", {"event": event, "me": me, **queries.requests_of(me)})


@require_POST
@permission_required("meetings.answer_request", load=load.request)
def answer(request, meeting_request):
    try:
        meeting = requests.answer(actor=request.user, request=meeting_request,
                                  accept=request.POST.get("answer") == "accept")
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("meetings:requests", slug=meeting_request.event.slug)
    if meeting is None:
        messages.info(request, _("You declined the request."))
        return redirect("meetings:requests", slug=meeting_request.event.slug)
    messages.success(request, _("You accepted: the meeting is on the list of meetings to schedule."))
    if meeting_request.event.b2b.is_self_service:
        return redirect("meetings:book", slug=meeting_request.event.slug, pk=meeting.pk)
    return redirect("meetings:requests", slug=meeting_request.event.slug)


@require_POST
@permission_required("meetings.withdraw_request", load=load.request)
def withdraw(request, meeting_request):
    try:
        requests.withdraw(actor=request.user, request=meeting_request)
        messages.info(request, _("Your request is withdrawn."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("meetings:requests", slug=meeting_request.event.slug)


@permission_required("meetings.book_meeting", load=load.meeting)
def book(request, meeting):
    event = meeting.event
    if not event.b2b.is_self_service:
        raise Http404
    error = None
    if request.method == "POST":
        try:
            slot = Slot.objects.get(event=event, pk=request.POST.get("slot") or 0)
            booking.book(actor=request.user, meeting=meeting, slot=slot)
        except Slot.DoesNotExist:
            error = _("Choose one of the slots offered.")
        except ValidationError as refusal:
            error = " ".join(refusal.messages)
        else:
            messages.success(request, _("The meeting is booked."))
            return redirect("meetings:agenda", slug=event.slug)
    return render(request, "meetings/book.html", {
        "event": event, "meeting": meeting, "error": error,
        "slots": booking.free_slots(meeting, tables=event.b2b.tables)}, status=409 if error else 200)


@require_POST
@permission_required("meetings.book_meeting", load=load.meeting)
def cancel(request, meeting):
    requests.cancel_meeting(actor=request.user, meeting=meeting)
    messages.info(request, _("The meeting is cancelled; the organisers are told when they plan again."))
    return redirect("meetings:agenda", slug=meeting.event.slug)


@permission_required(**TAKE_PART)
def unavailable(request, event):
    me = _me(request, event)
    if request.method == "POST":
        requests.set_unavailable(actor=request.user, participant=me,
                                 slot_ids=[int(s) for s in request.POST.getlist("slot") if s.isdigit()])
        messages.success(request, _("Your availability is saved."))
        return redirect("meetings:agenda", slug=event.slug)
    marked = set(me.unavailable.values_list("slot_id", flat=True))
    return render(request, "meetings/unavailable.html", {
        "event": event, "slots": event.b2b_slots.all(), "marked": marked})


@permission_required("meetings.book_meeting", load=load.meeting)
def feedback(request, meeting):
    from ejrc.meetings.domain.feedback import NEXT_STEPS, give_feedback

    error = None
    if request.method == "POST":
        try:
            outcome = give_feedback(actor=request.user, meeting=meeting, useful=request.POST.get("useful") == "yes",
                                    next_step=request.POST.get("next_step", ""))
        except ValidationError as refusal:
            error = " ".join(refusal.messages)
        else:
            messages.success(request, _("Thank you: your answer is saved.") if outcome is None else
                             _("Thank you: the first meeting is recorded in the partnering pipeline."))
            return redirect("meetings:agenda", slug=meeting.event.slug)
    return render(request, "meetings/feedback.html", {"event": meeting.event, "meeting": meeting,
                                                       "next_steps": NEXT_STEPS, "error": error})
