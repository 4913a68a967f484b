"""Read-only traffic to a PostgreSQL read replica, when ``DATABASE_REPLICA_URL`` names one
(the settings then define the ``replica`` database and ``EJRC_READ_REPLICA``).

Reads go to the ``replica`` database except where they must see the latest writes:
- inside a transaction (a domain function reads what it is about to change, under its locks);
- during a request that writes (POST, PUT, PATCH, DELETE), and for ``PIN_SECONDS`` after it
  for the same browser (:class:`PrimaryAfterWriteMiddleware`), so that the page shown after
  a form is saved never comes from a replica that has not caught up yet.
Writes, row locks (``select_for_update``) and migrations always go to ``default``.
"""

import time
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.db import connections

REPLICA = "replica"
PIN_SECONDS = 10
PIN_COOKIE = "ejrc_primary_until"
_pinned: ContextVar[bool] = ContextVar("ejrc_primary_pinned", default=False)


@contextmanager
def primary_only():
    """Every read in the block goes to the primary database."""
    token = _pinned.set(True)
    try:
        yield
    finally:
        _pinned.reset(token)


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        if not settings.EJRC_READ_REPLICA or _pinned.get() or connections["default"].in_atomic_block:
            return "default"
        return REPLICA

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the replica is a copy of the same database

    def allow_migrate(self, db, app_label, **hints):
        return db == "default"


class PrimaryAfterWriteMiddleware:
    """Pin a writing request, and the same browser's next requests for a few seconds, to the primary."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.EJRC_READ_REPLICA:
            return self.get_response(request)
        writes = request.method not in ("GET", "HEAD", "OPTIONS")
        try:
            pinned = writes or float(request.COOKIES.get(PIN_COOKIE, "0")) > time.time()
        except ValueError:
            pinned = writes
        if not pinned:
            return self.get_response(request)
        with primary_only():
            response = self.get_response(request)
        if writes:
            response.set_cookie(PIN_COOKIE, str(time.time() + PIN_SECONDS), max_age=PIN_SECONDS, httponly=True,
                                secure=settings.SESSION_COOKIE_SECURE, samesite="Lax")
        return response
