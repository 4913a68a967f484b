"""Rate limits per token (and per signed-in person on the session, per address for anonymous
callers), counted in Django's cache: Redis in production, so every worker shares the counts.

Rates come from the setting ``EJRC_API_RATES`` (``{"token": "600/min", …}``), read on each
request so that an operator's change (or a test's) applies at once. An exceeded limit is a 429
problem with ``Retry-After``.
"""

from django.conf import settings
from rest_framework.throttling import SimpleRateThrottle

DEFAULT_RATES = {"token": "600/min", "session": "600/min", "anonymous": "300/min"}


class ApiRateThrottle(SimpleRateThrottle):
    cache_format = "ejrc-api-throttle:%(scope)s:%(ident)s"

    def __init__(self):  # the rate depends on the caller: chosen in allow_request
        pass

    def _scope(self, request):
        if request.auth is not None:
            return "token", str(request.auth.pk)
        if request.user and request.user.is_authenticated:
            return "session", str(request.user.pk)
        return "anonymous", self.get_ident(request)

    def get_cache_key(self, request, view):
        scope, ident = self._scope(request)
        return self.cache_format % {"scope": scope, "ident": ident}

    def allow_request(self, request, view):
        scope, _ident = self._scope(request)
        rates = {**DEFAULT_RATES, **getattr(settings, "EJRC_API_RATES", {})}
        self.rate = rates[scope]
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request, view)
