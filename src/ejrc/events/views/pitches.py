"""Calls for pitches: submitting one, and the organiser's decisions and running order."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ejrc.core.permissions import permission_required
from ejrc.events.domain.pitches import decide_pitch, open_call, set_running_order, submit_pitch
from ejrc.events.forms_programme import PitchDecisionForm, PitchForm
from ejrc.events.models import PitchStatus

from . import access as load
from .access import add_errors


@permission_required("events.pitch", load=load.pitch_session)
def submit(request, session):
    form = PitchForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            submit_pitch(actor=request.user, session=session, **form.cleaned_data)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Thank you: your pitch has been submitted to the organisers."))
            return redirect(session.event)
    return render(request, "events/pitch_form.html", {"session": session, "event": session.event, "form": form})


@permission_required("events.manage_session", load=load.pitch_session)
def manage(request, session):
    if request.method == "POST":
        try:
            if "call" in request.POST:
                open_call(actor=request.user, session=session, is_open=request.POST["call"] == "open")
            else:
                order = sorted(((request.POST.get(f"position_{p.pk}", ""), p.pk) for p in
                                session.pitches.filter(status=PitchStatus.ACCEPTED)), key=_by_number)
                set_running_order(actor=request.user, session=session, pitch_ids=[pk for _n, pk in order],
                                  publish="publish" in request.POST)
            messages.success(request, _("Saved."))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect("events:pitches", slug=session.event.slug, pk=session.pk)
    pitches = session.pitches.select_related("organisation__country", "submitted_by")
    return render(request, "events/pitches.html", {
        "session": session, "event": session.event, "pitches": pitches, "decision_form": PitchDecisionForm()})


def _by_number(pair):
    number, pk = pair
    return (int(number) if number.strip().isdigit() else 10_000, pk)


@require_POST
@permission_required("events.manage_pitch", load=load.pitch)
def decide(request, pitch):
    form = PitchDecisionForm(request.POST)
    form.is_valid()
    try:
        decide_pitch(actor=request.user, pitch=pitch, accept=request.POST.get("decision") == "accept",
                     reason=form.cleaned_data.get("reason", ""))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("events:pitches", slug=pitch.session.event.slug, pk=pitch.session_id)
