"""Limits on the public inquiry form against floods: per IP address and per e-mail address.

Counted in Django's default cache, like the sign-in limits (Redis in production, so that every
worker shares the counts; ``ejrc check --deploy`` warns otherwise). A fixed window per key:
the first inquiry starts it, and the key expires with it.
``EJRC_INQUIRY_LIMITS`` changes the figures: ``{"ip": (count, seconds), "email": (count, seconds)}``.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

DEFAULT_LIMITS = {"ip": (10, 3600), "email": (3, 3600)}


def _limits():
    return {**DEFAULT_LIMITS, **getattr(settings, "EJRC_INQUIRY_LIMITS", {})}


def _key(kind, value):
    digest = hashlib.sha256(value.strip().lower().encode()).hexdigest()[:32]
    return f"helpdesk:inquiry-limit:{kind}:{digest}"


def _count(kind, value):
    """Count one more try for ``value``; True while within the limit."""
    allowed, seconds = _limits()[kind]
    key = _key(kind, value)
    cache.add(key, 0, timeout=seconds)
    try:
        used = cache.incr(key)
    except ValueError:  # expired between add and incr: a new window
        cache.set(key, 1, timeout=seconds)
        used = 1
    return used <= allowed


def within_limits(*, ip, email):
    """Count an inquiry from ``ip`` and ``email``; False when either has sent too many."""
    ip_ok = _count("ip", ip or "unknown")
    email_ok = _count("email", email) if email else True
    return ip_ok and email_ok
