"""Expensive public figures and page parts, kept in the shared cache until the data changes.

``cached(name, compute, key=...)`` returns what ``compute()`` returned the last time for that
name, key and language, unless the public data changed since. Apps say which of their models
are public data with :func:`invalidate_on`: saving or deleting one of them (or changing its
many-to-many rows) gives the cache a new *generation* once the transaction commits (and at
once, for the rest of that transaction), so no page shows a figure older than the change.
Values of earlier generations are never read again and expire on their own.

It is on only with a cache shared by every process (``REDIS_URL``): with a per-process cache
a change made in one gunicorn worker could not reach the others, so ``compute()`` runs every
time (``EJRC_PUBLIC_CACHE_SECONDS``, 0 without Redis).
"""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import translation

GENERATION_KEY = "ejrc:public:generation"
_MISSING = object()


def generation():
    """The current generation of the public data (made on first use)."""
    current = cache.get(GENERATION_KEY)
    if current is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        current = cache.get(GENERATION_KEY)
    return current


def new_generation():
    cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)


def cached(name, compute, *, key=()):
    """``compute()``, from the cache when this generation already computed it."""
    timeout = settings.EJRC_PUBLIC_CACHE_SECONDS
    if not timeout:
        return compute()
    digest = hashlib.sha256(repr((name, translation.get_language(), key)).encode()).hexdigest()[:32]
    full_key = f"ejrc:public:{generation()}:{digest}"
    value = cache.get(full_key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(full_key, value, timeout)
    return value


def data_changed(**kwargs):
    """Signal receiver: public data changed; what was cached is outdated once this commits."""
    if not settings.EJRC_PUBLIC_CACHE_SECONDS:
        return
    new_generation()  # the rest of this transaction computes afresh
    transaction.on_commit(new_generation)  # and what others cached meanwhile from old rows is dropped


def invalidate_on(*models):
    """Treat these models (and their many-to-many tables) as public data."""
    for model in models:
        uid = f"ejrc-public-{model._meta.label}"
        post_save.connect(data_changed, sender=model, dispatch_uid=uid + "-save")
        post_delete.connect(data_changed, sender=model, dispatch_uid=uid + "-delete")
        for field in model._meta.local_many_to_many:
            m2m_changed.connect(data_changed, sender=field.remote_field.through, dispatch_uid=f"{uid}-{field.name}")
