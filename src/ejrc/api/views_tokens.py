"""The page where a person makes, lists and revokes their personal API tokens."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ejrc.core.permissions import permission_required

from .domain.tokens import create_token, revoke_token, tokens_of
from .forms import NewTokenForm
from .models import ApiToken


def _page(request, form, new_secret=None, status=200):
    return render(request, "api/tokens.html", {
        "form": form, "tokens": tokens_of(request.user), "new_secret": new_secret,
    }, status=status)


@permission_required()
def token_list(request):
    """GET lists the tokens; POST makes one and shows its secret on this answer only."""
    form = NewTokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            made = create_token(actor=request.user, name=form.cleaned_data["name"], expires_at=form.expires_at())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            response = _page(request, NewTokenForm(), new_secret=made.secret)
            response["Cache-Control"] = "no-store"  # the secret must not stay in a cache
            return response
    return _page(request, form)


@permission_required("api.revoke_token", load=lambda pk: ApiToken.objects.get(pk=pk))
@require_POST
def token_revoke(request, token):
    revoke_token(actor=request.user, token=token)
    messages.success(request, _("The token “%(name)s” is revoked: it no longer works.") % {"name": token.name})
    return redirect("api-tokens:list")
