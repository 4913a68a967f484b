"""Who calls: a personal token (``Authorization: Bearer ejrc_…``) or the site's own session.

A token that is unknown, revoked or expired is refused with 401 (never treated as anonymous),
so a client learns at once that its token stopped working. The session is REST framework's,
which checks the CSRF token on unsafe methods.
"""

from django.utils.translation import gettext as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header

from .domain.tokens import TokenRefused, token_for

KEYWORD = "bearer"


class TokenAuthentication(BaseAuthentication):
    def authenticate(self, request):
        header = get_authorization_header(request).split()
        if not header or header[0].lower() != KEYWORD.encode():
            return None
        if len(header) != 2:
            raise exceptions.AuthenticationFailed(_("Send the token as: Authorization: Bearer <token>."),
                                                  code="invalid_token")
        try:
            secret = header[1].decode("ascii")
        except UnicodeError:
            raise exceptions.AuthenticationFailed(_("This token is not valid."), code="invalid_token") from None
        try:
            token = token_for(secret)
        except TokenRefused as refusal:
            messages = {
                "revoked": (_("This token was revoked."), "token_revoked"),
                "expired": (_("This token has expired."), "token_expired"),
            }
            message, code = messages.get(refusal.reason, (_("This token is not valid."), "invalid_token"))
            raise exceptions.AuthenticationFailed(message, code=code) from None
        return token.user, token

    def authenticate_header(self, request):
        return 'Bearer realm="api"'


class TokenScheme(OpenApiAuthenticationExtension):
    target_class = "ejrc.api.authentication.TokenAuthentication"
    name = "token"

    def get_security_definition(self, auto_schema):
        return {"type": "http", "scheme": "bearer",
                "description": "A personal API token, made on the site under My space › API tokens."}
