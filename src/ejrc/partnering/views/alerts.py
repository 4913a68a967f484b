"""Saved searches: save one, list and delete them; unsubscribe from the e-mail without signing in."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from ejrc.core.permissions import permission_required

from ejrc.directory.models import Organisation

from ..domain.alerts import delete_saved_search, save_matching_profile, save_search, unsubscribe
from ..forms import MatchingProfileForm, SavedSearchForm
from ..models import SavedSearch
from .helpers import add_errors


@permission_required()
def alerts(request):
    form = SavedSearchForm(request.POST or None, initial={"target": request.GET.get("target", "opportunities"),
                                                          "frequency": "weekly"})
    if request.method == "POST" and form.is_valid():
        try:
            save_search(actor=request.user, target=form.cleaned_data["target"], query_string=form.query(),
                        frequency=form.cleaned_data["frequency"], name=form.cleaned_data["name"])
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Saved: you will receive an e-mail when something new matches."))
            return redirect("partnering:alerts")
    return render(request, "partnering/alerts.html", {
        "form": form, "saved_searches": SavedSearch.objects.filter(user=request.user),
    })


@permission_required("partnering.save_matching_profile", load=lambda slug: Organisation.objects.get(slug=slug))
@require_POST
def save_profile_alert(request, organisation):
    """The matches page's button: mail me new partners matching this profile."""
    form = MatchingProfileForm(request.POST)
    if form.is_valid():
        save_matching_profile(actor=request.user, organisation=organisation,
                              frequency=form.cleaned_data["frequency"])
        messages.success(request, _("Saved: you will receive an e-mail when new partners match this profile."))
    else:
        messages.error(request, _("Choose how often to receive the e-mail."))
    return redirect("partnering:organisation-matches", slug=organisation.slug)


def _own(pk, **_kwargs):
    return SavedSearch.objects.get(pk=pk)


@permission_required("partnering.delete_saved_search", load=_own)
@require_POST
def delete(request, saved_search):
    delete_saved_search(actor=request.user, saved_search=saved_search)
    messages.success(request, _("The saved search is deleted."))
    return redirect("partnering:alerts")


@csrf_exempt  # the token in the address is the secret; mail clients' one-click POST carries no cookie
def unsubscribe_by_link(request, token):
    """The e-mail's link: one click stops the digests (a button resumes them)."""
    get_object_or_404(SavedSearch, token=token)
    saved = unsubscribe(token=token, active=request.method == "POST" and request.POST.get("resume") == "yes")
    return render(request, "partnering/unsubscribed.html", {"saved_search": saved})
