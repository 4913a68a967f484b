"""One way in: every sign-in goes through allauth's login, with its limits and second factor.

The Django admin's own login form authenticates without allauth's limit on failed attempts and
without the second factor, so its address sends people to the site's login instead.
"""

from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode


def admin_login(request):
    """The admin's login address: sign in on the site, then come back to the admin.

    A signed-in person who is not admin staff gets a 404 (sending them to the login page would
    loop: it sends signed-in people back to where they came from).
    """
    if request.user.is_authenticated:
        raise Http404
    target = request.GET.get(REDIRECT_FIELD_NAME, "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                           require_https=request.is_secure()):
        target = reverse("admin:index")
    return redirect(f"{reverse('account_login')}?{urlencode({REDIRECT_FIELD_NAME: target})}")
