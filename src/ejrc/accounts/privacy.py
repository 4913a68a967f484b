"""The accounts app's part of a person's data (found by ``ejrc.core.personal_data``)."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from ejrc.accounts.models import MarketingConsent, User
from ejrc.core.models import ActivityLog
from ejrc.core.personal_data import register_personal_data


def _iso(moment):
    return moment.isoformat() if moment else None


def export_for(user):
    user_type = ContentType.objects.get_for_model(User)
    return {
        "account": {
            "email": user.email, "name": user.name, "name_ja": user.name_ja,
            "preferred_language": user.preferred_language, "time_zone": user.time_zone,
            "helpdesk_office": user.office.code if user.office_id else None,
            "joined": _iso(user.date_joined), "last_login": _iso(user.last_login),
        },
        "email_addresses": [
            {"email": a.email, "verified": a.verified, "primary": a.primary}
            for a in EmailAddress.objects.filter(user=user)
        ],
        # The kind and date of each second factor, never its secret.
        "second_factors": [
            {"type": a.type, "created": _iso(a.created_at), "last_used": _iso(a.last_used_at)}
            for a in Authenticator.objects.filter(user=user)
        ],
        "marketing_consents": [
            {"given": c.given, "version": c.version, "language": c.language, "wording": c.wording,
             "answered": _iso(c.answered_at)}
            for c in MarketingConsent.objects.filter(user=user)
        ],
        "activity": [
            {"when": _iso(a.timestamp), "action": a.action, "about": a.content_type.model,
             "by_you": a.actor_id == user.pk}
            for a in ActivityLog.objects.filter(
                Q(actor=user) | Q(content_type=user_type, object_id=str(user.pk))
            ).select_related("content_type")
        ],
    }


register_personal_data("account", export=export_for)
