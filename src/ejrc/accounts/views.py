from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from .forms import ProfileForm


@login_required
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        translation.activate(user.preferred_language)
        messages.success(request, _("Your profile has been saved."))
        response = redirect(reverse("accounts:profile"))
        response.set_cookie(settings.LANGUAGE_COOKIE_NAME, user.preferred_language, max_age=365 * 86400)
        return response
    return render(request, "accounts/profile.html", {"form": form})
