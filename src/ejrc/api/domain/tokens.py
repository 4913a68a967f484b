"""Creating, finding and revoking personal API tokens."""

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ejrc.core.activity import log_action

from ..models import ApiToken

SECRET_PREFIX = "ejrc_"  # tells a leaked secret apart in logs and secret scanners
MAX_ACTIVE_TOKENS = 20
LAST_USED_PRECISION = timedelta(minutes=1)  # at most one write per token and minute


@dataclass(frozen=True)
class NewToken:
    token: ApiToken
    secret: str  # shown to its owner once, never stored


def digest_of(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()


@transaction.atomic
def create_token(*, actor, name, expires_at=None) -> NewToken:
    """A new token of ``actor``; the secret is returned once and only its digest is kept."""
    name = (name or "").strip()
    if not name:
        raise ValidationError({"name": _("Give the token a name, e.g. the tool that will use it.")})
    if expires_at is not None and expires_at <= timezone.now():
        raise ValidationError({"expires_at": _("The expiry must be in the future.")})
    active = ApiToken.objects.select_for_update().filter(user=actor, revoked_at__isnull=True)
    if sum(1 for token in active if not token.is_expired) >= MAX_ACTIVE_TOKENS:
        raise ValidationError(_("You have %(count)s active tokens: revoke one first.") % {"count": MAX_ACTIVE_TOKENS})
    secret = SECRET_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(user=actor, name=name[:100], prefix=secret[:12], digest=digest_of(secret),
                                    expires_at=expires_at)
    log_action(actor=actor, action="api.token.create", subject=token, data={"name": token.name})
    return NewToken(token=token, secret=secret)


@transaction.atomic
def revoke_token(*, actor, token):
    """Stop ``token`` working at once; revoking twice changes nothing."""
    if not actor.has_perm("api.revoke_token", token):
        raise PermissionDenied
    token = ApiToken.objects.select_for_update().get(pk=token.pk)
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        log_action(actor=actor, action="api.token.revoke", subject=token, data={"name": token.name})
    return token


class TokenRefused(Exception):
    """The secret names no usable token; ``reason`` says why (unknown, revoked, expired)."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def token_for(secret: str) -> ApiToken:
    """The active token of ``secret`` with its user, its last use noted; else TokenRefused."""
    token = ApiToken.objects.select_related("user").filter(digest=digest_of(secret)).first()
    if token is None or not token.user.is_active:
        raise TokenRefused("unknown")
    if token.revoked_at is not None:
        raise TokenRefused("revoked")
    if token.is_expired:
        raise TokenRefused("expired")
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_PRECISION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token


def tokens_of(user):
    return ApiToken.objects.filter(user=user).order_by("-created", "-pk")
