"""Knowledge's part of people's privacy rights and retention (found by ``ejrc.core.personal_data``
and ``ejrc.core.retention``). A newsletter subscription is kept by e-mail address; best
practices written for an organisation stay with it, without their author, when the account goes."""

from django.db.models import Q
from django.utils.translation import gettext_lazy

from ejrc.core.personal_data import register_personal_data
from ejrc.core.retention import register_retention_rule

from .models import BestPractice, Subscriber


def _iso(moment):
    return moment.isoformat() if moment else None


def export_for(user):
    subscription = Subscriber.objects.filter(email=user.email.lower()).first()
    return {
        "newsletter_subscription": subscription and {
            "email": subscription.email, "language": subscription.language,
            "confirmed": _iso(subscription.confirmed_at), "unsubscribed": _iso(subscription.unsubscribed_at)},
        "best_practices_submitted": [
            {"title": p.title, "language": p.language, "organisation": p.organisation.slug, "status": p.status,
             "submitted": _iso(p.created)}
            for p in BestPractice.objects.filter(created_by=user).select_related("organisation")
        ],
    }


def erase(user):
    """Deleting the account ends the newsletter to its address."""
    Subscriber.objects.filter(email=user.email.lower()).delete()


def forget_old_subscribers(cutoff):
    """Never-confirmed requests and ended subscriptions, after the period: the address goes."""
    old = Subscriber.objects.filter(Q(confirmed_at=None, created__lt=cutoff) | Q(unsubscribed_at__lt=cutoff))
    deleted, _rows = old.delete()
    return deleted


register_personal_data("knowledge", export=export_for, erase=erase)
register_retention_rule(
    "newsletter_subscribers", days=30, apply=forget_old_subscribers,
    description=gettext_lazy("Newsletter: addresses never confirmed, and those that unsubscribed, are deleted "
                             "after this period."),
)
