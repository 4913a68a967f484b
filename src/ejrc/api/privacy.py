"""The API's part of people's privacy rights: their tokens (names and dates, never secrets)
are in "download my data"; deleting the account deletes them with it (a cascade)."""

from ejrc.core.personal_data import register_personal_data

from .models import ApiToken


def _iso(moment):
    return moment.isoformat() if moment else None


def export_for(user):
    return {"api_tokens": [
        {"name": t.name, "begins_with": t.prefix, "created": _iso(t.created), "last_used": _iso(t.last_used_at),
         "expires": _iso(t.expires_at), "revoked": _iso(t.revoked_at)}
        for t in ApiToken.objects.filter(user=user)
    ]}


register_personal_data("api", export=export_for)
