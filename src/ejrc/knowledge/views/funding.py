"""Funding programmes and tools, their deadlines (page and .ics), suggestions, the RIT check."""

from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render

from ejrc.core.permissions import permission_required
from ejrc.directory.views import helpers as directory_load

from ..domain import suggestions
from ..domain.calendar import by_month, calendar_deadlines, deadlines_ics
from ..domain.rit import check_rit
from ..forms import PairForm, RitCheckForm
from ..models import Deadline, Instrument


def _instruments():
    return Instrument.objects.filter(published=True).prefetch_related(
        "sectors", Prefetch("deadlines", queryset=Deadline.objects.order_by("closes_on")))


def funding(request):
    return render(request, "knowledge/funding.html", {"instruments": _instruments()})


def instrument(request, slug):
    return render(request, "knowledge/instrument.html", {"instrument": get_object_or_404(_instruments(), slug=slug)})


def calendar(request):
    deadlines = list(calendar_deadlines())
    return render(request, "knowledge/calendar.html", {
        "months": by_month(deadlines),
        "always_open": Instrument.objects.filter(published=True, always_open=True),
    })


def calendar_ics(request):
    response = HttpResponse(deadlines_ics(calendar_deadlines()), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="funding-deadlines.ics"'
    return response


def rit_check(request):
    form = RitCheckForm(request.GET or None)
    criteria = check_rit(**form.answers()) if form.is_bound and form.is_valid() else None
    rit = Instrument.objects.filter(slug="jetro-rit").first()
    return render(request, "knowledge/rit_check.html", {"form": form, "criteria": criteria, "rit": rit})


@permission_required("directory.view_organisation", load=directory_load.profile, login=False)
def organisation_suggestions(request, organisation):
    return render(request, "knowledge/suggestions.html", {
        "organisation": organisation, "suggestions": suggestions.for_organisation(organisation)})


def pair_suggestions(request):
    form = PairForm(request.GET or None)
    pairs = None
    if form.is_bound and form.is_valid():
        pairs = suggestions.for_pair(form.cleaned_data["first"], form.cleaned_data["second"])
    return render(request, "knowledge/pair_suggestions.html", {"form": form, "pairs": pairs})
