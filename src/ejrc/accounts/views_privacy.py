"""The privacy notice and a person's own data: consent, a copy (JSON), deleting the account."""

import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ejrc.core.retention import retention_rules

from .domain.consent import current_consent, record_marketing_consent
from .domain.privacy import delete_account, erasure_notes, export_personal_data
from .forms_privacy import DeleteAccountForm, MarketingConsentForm


def notice(request):
    return render(request, "accounts/privacy_notice.html", {
        "rules": retention_rules(), "contact_email": settings.DEFAULT_FROM_EMAIL,
    })


@login_required
def my_data(request):
    consent = current_consent(request.user)
    form = MarketingConsentForm(initial={"given": bool(consent and consent.given)})
    return render(request, "accounts/privacy_my_data.html", {"consent": consent, "form": form})


@login_required
@require_POST
def marketing_consent(request):
    form = MarketingConsentForm(request.POST)
    form.is_valid()  # a missing box means "no": the form cannot be invalid
    record_marketing_consent(actor=request.user, user=request.user, given=form.cleaned_data.get("given", False))
    messages.success(request, _("Your answer has been recorded."))
    return redirect("privacy:my-data")


@login_required
def download(request):
    data = export_personal_data(actor=request.user, user=request.user)
    response = HttpResponse(json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json")
    filename = f"ejrc-my-data-{timezone.now():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def delete(request):
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        delete_account(actor=request.user, user=request.user)
        logout(request)
        messages.success(request, _("Your account and your personal data have been deleted."))
        return redirect("home")
    return render(request, "accounts/privacy_delete.html", {"form": form, "notes": erasure_notes(request.user)})
