"""Deployment checks of our own, run by ``ejrc check --deploy`` beside Django's."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

PER_PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


@register(Tags.security, deploy=True)
def check_shared_cache(app_configs, **kwargs):
    """Rate limits and lockouts count in the default cache: each worker must see the same counts."""
    if settings.CACHES["default"]["BACKEND"] not in PER_PROCESS_CACHES:
        return []
    return [
        Warning(
            "The default cache is kept in each process: every worker counts rate limits and "
            "lockouts on its own, which multiplies them.",
            hint="Set REDIS_URL so that all workers share one cache.",
            id="ejrc.W001",
        )
    ]
