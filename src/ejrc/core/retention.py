"""How long personal data is kept: a registry of retention rules, one or more per app.

Core knows no domain: each app declares its rules in its own ``privacy`` module (found the way
the admin finds ``admin`` modules), for example::

    register_retention_rule("contact_requests", days=730, apply=anonymise_old_contact_requests,
                            description="Contact requests: messages blanked, declined ones deleted")

``apply(cutoff)`` changes what is older than ``cutoff`` and returns how many rows it touched.
The period can be changed per rule with the ``EJRC_RETENTION_DAYS`` setting
(``{"contact_requests": 365}``). ``ejrc apply-retention`` runs every rule; run it daily from the
operator's scheduler.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import autodiscover_modules


@dataclass(frozen=True)
class RetentionRule:
    name: str
    days: int
    apply: object
    description: str

    @property
    def period_days(self):
        return int(getattr(settings, "EJRC_RETENTION_DAYS", {}).get(self.name, self.days))


_rules = {}


def register_retention_rule(name, *, days, apply, description):
    _rules[name] = RetentionRule(name=name, days=days, apply=apply, description=description)


def retention_rules():
    """Every registered rule (the apps' ``privacy`` modules are imported on first use)."""
    autodiscover_modules("privacy")
    return [_rules[name] for name in sorted(_rules)]


def apply_retention(*, now=None):
    """Apply every rule, each in its own transaction; returns {rule name: rows changed}."""
    now = now or timezone.now()
    done = {}
    for rule in retention_rules():
        with transaction.atomic():
            done[rule.name] = rule.apply(now - timedelta(days=rule.period_days))
    return done
