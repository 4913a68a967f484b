"""The organisers' B2B tools: set-up, runs with live progress, the draft, publishing,
responsiveness, the table plan and the day's check-in."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ejrc.core.permissions import permission_required
from ejrc.meetings.domain import draft, queries, runs
from ejrc.meetings.domain.agenda import table_plan_pdf
from ejrc.meetings.domain.requests import record_attendance
from ejrc.meetings.domain.setup import join_all, set_up
from ejrc.meetings.forms import RunForm, SetupForm
from ejrc.meetings.models import Attendance, Meeting, Placement, Slot

from . import access as load
from .draft_page import draft_context

MANAGE = {"permission": "meetings.manage", "load": load.event}


@permission_required("meetings.set_up", load=load.event)
def setup(request, event):
    current = getattr(event, "b2b", None)
    initial = {"mode": current.mode, "tables": current.tables, "slot_minutes": current.slot_minutes,
               "request_expiry_hours": current.request_expiry_hours,
               "online_link_base": current.online_link_base} if current else None
    form = SetupForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            set_up(actor=request.user, event=event, **form.cleaned_data)
        except ValidationError as error:
            load.add_errors(form, error)
        else:
            join_all(event=event)
            messages.success(request, _("The B2B meetings are set up."))
            return redirect("meetings:runs", slug=event.slug)
    return render(request, "meetings/setup.html", {"event": event, "form": form,
                                                   "slots": event.b2b_slots.all() if current else []})


@permission_required(**MANAGE)
def run_list(request, event):
    runs.expire_dead_runs(event=event)
    form = RunForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            run = runs.start_run(actor=request.user, event=event, **form.cleaned_data)
        except ValidationError as error:
            load.add_errors(form, error)
        else:
            return redirect("meetings:run", slug=event.slug, pk=run.pk)
    return render(request, "meetings/runs.html", {
        "event": event, "form": form, "runs": event.b2b_runs.all()[:20],
        "meetings": event.b2b_meetings.filter(status="active").count()})


@permission_required("meetings.manage_run", load=load.run)
def run_page(request, run):
    number, page = request.GET.get("slot", ""), request.GET.get("page", "")
    return render(request, "meetings/run.html", draft_context(
        run, int(number) if number.isdigit() else None, int(page) if page.isdigit() else 1))


@permission_required("meetings.manage_run", load=load.run)
def run_progress(request, run):
    runs.expire_dead_runs(event=run.event)
    run.refresh_from_db()
    response = render(request, "meetings/_progress.html", {"run": run, "event": run.event})
    if not run.is_live:
        response["HX-Refresh"] = "true"  # the draft is ready: draw the whole page
    return response


@require_POST
@permission_required("meetings.manage_run", load=load.run)
def stop(request, run):
    if runs.stop_run(actor=request.user, run=run):
        messages.info(request, _("Stopping: the best schedule found so far is kept."))
    else:
        messages.info(request, _("The run had already ended; nothing to stop."))
    return redirect("meetings:run", slug=run.event.slug, pk=run.pk)


def _placement(run, pk):
    return Placement.objects.select_related("slot").get(run=run, pk=pk)


@require_POST
@permission_required("meetings.manage_run", load=load.run)
def edit(request, run):
    """Move a meeting (slot and table) or swap two; conflicts are shown before anything is saved."""
    confirmed = request.POST.get("confirmed") == "1"
    try:
        first = _placement(run, int(request.POST.get("placement") or 0))
        if request.POST.get("swap_with"):
            warnings = draft.swap(actor=request.user, run=run, first=first, confirmed=confirmed,
                                  second=_placement(run, int(request.POST["swap_with"])))
        else:
            slot = Slot.objects.get(event=run.event, number=int(request.POST.get("slot") or 0))
            table = int(request.POST.get("table") or 0) or None
            warnings = draft.move(actor=request.user, run=run, placement=first, slot=slot, table=table,
                                  confirmed=confirmed)
    except (Placement.DoesNotExist, Slot.DoesNotExist, ValueError):
        messages.error(request, _("Choose a meeting of this draft and a slot of this event."))
        return redirect("meetings:run", slug=run.event.slug, pk=run.pk)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("meetings:run", slug=run.event.slug, pk=run.pk)
    if warnings:
        return render(request, "meetings/run.html", {**draft_context(run), "warnings": warnings,
                                                      "pending": request.POST}, status=409)
    messages.success(request, _("The draft is changed."))
    return redirect("meetings:run", slug=run.event.slug, pk=run.pk)


@require_POST
@permission_required("meetings.manage_run", load=load.run)
def publish(request, run):
    try:
        draft.publish(actor=request.user, run=run, version=int(request.POST.get("version") or -1))
    except (ValidationError, ValueError) as error:
        messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
        return redirect("meetings:run", slug=run.event.slug, pk=run.pk)
    messages.success(request, _("The schedule is published; every participant is sent their agenda."))
    return redirect("meetings:run", slug=run.event.slug, pk=run.pk)


@permission_required(**MANAGE)
def responsiveness(request, event):
    return render(request, "meetings/responsiveness.html", {
        "event": event, "people": queries.responsiveness(event)})


@permission_required(**MANAGE)
def table_plan(request, event):
    response = HttpResponse(table_plan_pdf(event, list(event.b2b_slots.all())), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{event.slug}-table-plan.pdf"'
    return response


@permission_required(**MANAGE)
def check_in(request, event):
    meetings = (Meeting.objects.filter(event=event, status="active", slot__isnull=False)
                .select_related("slot", "request__requester__organisation", "request__recipient__organisation"))
    return render(request, "meetings/check_in.html", {"event": event, "meetings": meetings})


@require_POST
@permission_required("meetings.check_in", load=load.meeting)
def check_in_one(request, meeting):
    value = request.POST.get("attendance")
    if value in (Attendance.HELD, Attendance.NO_SHOW):
        record_attendance(actor=request.user, meeting=meeting, attendance=value)
    return render(request, "meetings/_check_in_row.html", {"meeting": meeting, "event": meeting.event})


@require_POST
@permission_required(**MANAGE)
def organiser_meeting(request, event):
    """Put two (or three) participants together, by their numbers on the responsiveness list."""
    from ejrc.meetings.domain.requests import organiser_meeting as put_together
    from ejrc.meetings.models import Participant

    numbers = [request.POST.get(key, "") for key in ("first", "second", "third")]
    people = Participant.objects.in_bulk([int(n) for n in numbers if n.isdigit()])
    chosen = [people.get(int(n)) if n.isdigit() else None for n in numbers]
    if chosen[0] is None or chosen[1] is None or (numbers[2] and chosen[2] is None):
        messages.error(request, _("Give the numbers of participants of this event."))
        return redirect("meetings:responsiveness", slug=event.slug)
    try:
        put_together(actor=request.user, event=event, first=chosen[0], second=chosen[1], third=chosen[2],
                     priority="must", interpreter=bool(request.POST.get("interpreter")),
                     online=bool(request.POST.get("online")))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The meeting is added to the meetings to schedule."))
    return redirect("meetings:responsiveness", slug=event.slug)


@require_POST
@permission_required(**MANAGE)
def interpreters(request, event):
    """How many interpreters are free in each slot (one number per slot)."""
    from ejrc.meetings.domain.setup import set_interpreters

    for slot in event.b2b_slots.all():
        value = request.POST.get(f"slot-{slot.pk}", "")
        if value.isdigit() and int(value) != slot.interpreters:
            set_interpreters(actor=request.user, slot=slot, interpreters=int(value))
    messages.success(request, _("Interpreters per slot are saved."))
    return redirect("meetings:setup", slug=event.slug)
