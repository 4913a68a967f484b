"""Probes for the load balancer and the process supervisor (not language-prefixed, public).

``/healthz`` says the process is up and answers requests; it touches nothing else, so a
database outage never makes a supervisor restart healthy application servers. ``/readyz``
says whether this server can do its work: the database, the cache and the task broker each
answer, or it is 503 with the name of what is down, so a load balancer sends no traffic here.
Neither page shows more than names and ``ok``/``down``: the errors go to the log.
"""

import logging
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connections
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from ejrc.celery import app

logger = logging.getLogger(__name__)
BROKER_TIMEOUT_SECONDS = 2


def _database():
    for alias in settings.DATABASES:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")


def _cache():
    key, value = f"ejrc:readyz:{uuid.uuid4().hex}", "ok"
    cache.set(key, value, 10)
    if cache.get(key) != value:
        raise ConnectionError("the cache did not keep a value")
    cache.delete(key)


def _broker():
    """Without a broker (tasks run in the web process) there is nothing to reach."""
    if app.conf.task_always_eager:
        return
    with app.connection_for_write() as connection:
        connection.ensure_connection(max_retries=1, timeout=BROKER_TIMEOUT_SECONDS)


CHECKS = {"database": _database, "cache": _cache, "broker": _broker}


@never_cache
@require_GET
def healthz(request):
    return JsonResponse({"status": "ok"})


@never_cache
@require_GET
def readyz(request):
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
            results[name] = "ok"
        except Exception:
            logger.exception("readiness check %s failed", name)
            results[name] = "down"
    down = [name for name, result in results.items() if result != "ok"]
    return JsonResponse({"status": "down" if down else "ok", "down": down, "checks": results},
                        status=503 if down else 200)
