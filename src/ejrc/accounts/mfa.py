"""The second factor (allauth.mfa: TOTP and recovery codes).

Optional for everyone; required for helpdesk staff, Django staff and superusers: until they have
set it up, signed-in pages other than the set-up pages send them to a page that says how.
"""

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.shortcuts import redirect, render
from django.urls import Resolver404, resolve

from ejrc.core.activity import log_action

# Pages a person who must set up a second factor can still reach: allauth's account and
# second-factor pages (log out, e-mail, TOTP set-up), the explanation, the language switch.
ALLOWED_PREFIXES = ("mfa_", "account_")
ALLOWED_NAMES = {"accounts:second-factor-required", "set_language", "privacy:notice"}


def needs_second_factor(user):
    """Helpdesk staff and admin users must sign in with a second factor."""
    return user.is_authenticated and (user.is_staff or user.is_superuser or user.office_id is not None)


def has_second_factor(user):
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def enable_totp(*, actor, user, secret):
    """Give ``user`` a TOTP authenticator with a known secret (the demo staff, tests).

    People set up their own through allauth's page, which shows the QR code.
    """
    Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).delete()
    authenticator = TOTP.activate(user, secret).instance
    log_action(actor=actor, action="accounts.totp.enable", subject=user)
    return authenticator


def _allowed(request):
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return True
    return match.view_name in ALLOWED_NAMES or (match.url_name or "").startswith(ALLOWED_PREFIXES)


class SecondFactorRequiredMiddleware:
    """Keeps staff without a second factor away from every page but the set-up ones."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if needs_second_factor(user) and not _allowed(request) and not has_second_factor(user):
            return redirect("accounts:second-factor-required")
        return self.get_response(request)


def second_factor_required(request):
    """Tells staff why and how to set up their second factor."""
    return render(request, "accounts/second_factor_required.html", {
        "has_second_factor": request.user.is_authenticated and has_second_factor(request.user),
    })
