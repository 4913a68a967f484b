"""The inquiry form's limits count in the shared cache of production (Redis), so two workers
(two cache clients) see one count. Uses the test Redis (``EJRC_TEST_REDIS_URL``)."""

import pytest
import redis
from django.core.cache import caches
from worker_support import REDIS_URL, require_redis

from ejrc.helpdesk.domain import limits


@pytest.fixture
def redis_cache(settings):
    require_redis()
    settings.CACHES = {**settings.CACHES, "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL,
        "KEY_PREFIX": "ejrc-test-helpdesk-limits"}}
    caches["default"].delete_many([limits._key("ip", "198.51.100.9"), limits._key("email", "flood@example.org")])
    yield caches["default"]
    caches["default"].delete_many([limits._key("ip", "198.51.100.9"), limits._key("email", "flood@example.org")])


def test_two_workers_share_one_count(redis_cache, settings):
    settings.EJRC_INQUIRY_LIMITS = {"ip": (3, 60), "email": (100, 60)}
    from django.core.cache.backends.redis import RedisCache

    other_worker = RedisCache(REDIS_URL, {"KEY_PREFIX": "ejrc-test-helpdesk-limits"})
    assert limits.within_limits(ip="198.51.100.9", email="flood@example.org")
    assert limits.within_limits(ip="198.51.100.9", email="flood@example.org")
    assert other_worker.get(limits._key("ip", "198.51.100.9")) == 2
    other_worker.incr(limits._key("ip", "198.51.100.9"))  # a third inquiry, counted by another worker
    assert not limits.within_limits(ip="198.51.100.9", email="flood@example.org")
    seconds_left = redis.Redis.from_url(REDIS_URL).ttl(redis_cache.make_key(limits._key("ip", "198.51.100.9")))
    assert 0 < seconds_left <= 60  # the window ends on its own
