"""The best-practice library, a case's page, submitting a case or a translation, the review."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ejrc.core.permissions import permission_required
from ejrc.directory.domain.search_params import SearchParams, Sort
from ejrc.directory.views.helpers import add_errors
from ejrc.directory.views.search import RESULTS_REGION, wants_region_only

from ..domain.practice_search import LIBRARY_KEYS, search_library
from ..domain.practices import (
    add_translation,
    approve_practice,
    missing_languages,
    reject_practice,
    submit_practice,
)
from ..domain.queries import practice_for_page, review_queue, versions_of
from ..forms import PracticeForm, RejectForm, TranslationForm
from ..models import ReviewStatus


def library(request):
    params = SearchParams.from_querydict(request.GET, keys=LIBRARY_KEYS)
    results = search_library(params=params, page=request.GET.get("page", 1))
    template = "knowledge/library_results.html" if wants_region_only(request) else "knowledge/library.html"
    response = render(request, template, {"results": results, "sort_choices": Sort.CHOICES,
                                          "region_id": RESULTS_REGION})
    patch_vary_headers(response, ["HX-Request", "HX-Target"])
    return response


def _load(pk):
    return practice_for_page(pk)


@permission_required("knowledge.view_practice", load=_load, login=False)
def practice(request, practice):
    user = request.user
    versions = [v for v in versions_of(practice) if user.has_perm("knowledge.view_practice", v)]
    context = {
        "practice": practice, "versions": versions,
        "europe": [p for p in practice.partners.all() if p.side == "europe"],
        "japan": [p for p in practice.partners.all() if p.side == "japan"],
        "can_translate": user.has_perm("knowledge.translate_practice", practice) and missing_languages(practice),
    }
    if practice.status == ReviewStatus.PENDING and user.has_perm("knowledge.decide_practice", practice):
        context["reject_form"] = RejectForm()
    return render(request, "knowledge/practice.html", context)


@permission_required()
def create(request):
    form = PracticeForm(request.POST or None, request.FILES or None, user=request.user,
                        initial={"language": request.LANGUAGE_CODE})
    if not form.fields["organisation"].queryset.exists():
        return render(request, "knowledge/cannot_submit.html")
    if request.method == "POST" and form.is_valid():
        try:
            case = submit_practice(actor=request.user, organisation=form.cleaned_data["organisation"],
                                   language=form.cleaned_data["language"], data=form.practice_data(),
                                   attachments=form.cleaned_data["attachments"])
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Thank you: the helpdesk will review the case and publish it."))
            return redirect(case)
    return render(request, "knowledge/practice_form.html", {"form": form})


@permission_required("knowledge.translate_practice", load=_load)
def translate(request, practice):
    languages = missing_languages(practice)
    if not languages:
        messages.info(request, _("This case has a version in every language already."))
        return redirect(practice)
    form = TranslationForm(request.POST or None, languages=languages)
    if request.method == "POST" and form.is_valid():
        try:
            version = add_translation(actor=request.user, practice=practice,
                                      language=form.cleaned_data["language"], data=form.cleaned_data)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Thank you: the helpdesk will review this version and publish it."))
            return redirect(version)
    return render(request, "knowledge/translation_form.html", {"form": form, "practice": practice})


@permission_required("knowledge.review_practices")
def queue(request):
    practices = sorted(review_queue(), key=lambda p: p.office_id != request.user.office_id)
    return render(request, "knowledge/review_queue.html", {"practices": practices})


@permission_required("knowledge.decide_practice", load=_load)
@require_POST
def approve(request, practice):
    try:
        approve_practice(actor=request.user, practice=practice)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(practice)
    messages.success(request, _("The best practice is published."))
    return redirect("knowledge:review-queue")


@permission_required("knowledge.decide_practice", load=_load)
@require_POST
def reject(request, practice):
    form = RejectForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Tell the submitters why, so that they can correct it."))
        return redirect(practice)
    try:
        reject_practice(actor=request.user, practice=practice, reason=form.cleaned_data["reason"])
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(practice)
    messages.success(request, _("The best practice is rejected; the submitters have been told why."))
    return redirect("knowledge:review-queue")
