"""Rate limits per token, counted in the cache (Redis in production): the call over the limit
is a 429 problem with Retry-After, and other tokens keep their own count."""

import os

import pytest
import redis
from api.helpers import Api, token_of

REDIS_URL = os.environ.get("EJRC_TEST_REDIS_URL", "redis://127.0.0.1:6379/12")


def over_the_limit(response):
    assert response.status_code == 429 and response["Content-Type"] == "application/problem+json"
    assert response.json()["code"] == "throttled"
    assert 1 <= int(response["Retry-After"]) <= 60
    return True


def test_each_token_has_its_own_limit(client, people, settings):
    settings.EJRC_API_RATES = {"token": "3/min"}
    first, second = Api(client, token_of(people["member"])), Api(client, token_of(people["member"], name="b"))
    assert [first.get("places/countries/").status_code for _ in range(3)] == [200, 200, 200]
    assert over_the_limit(first.get("places/countries/"))
    assert second.get("places/countries/").status_code == 200


def test_anonymous_callers_are_limited_by_address(api, people, settings):
    settings.EJRC_API_RATES = {"anonymous": "2/min"}
    assert [api.get("places/countries/").status_code for _ in range(2)] == [200, 200]
    assert over_the_limit(api.get("places/countries/"))
    assert api.get("places/countries/", REMOTE_ADDR="192.0.2.7").status_code == 200


@pytest.fixture
def redis_cache(settings):
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.ConnectionError:
        pytest.skip(f"Redis not reachable at {REDIS_URL}")
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                                   "LOCATION": REDIS_URL, "KEY_PREFIX": "api-tests"}}
    from django.core.cache import cache

    cache.clear()
    yield cache
    cache.clear()


def test_the_count_lives_in_redis_shared_by_every_worker(client, people, settings, redis_cache):
    settings.EJRC_API_RATES = {"token": "2/min"}
    secret = token_of(people["member"])
    assert [Api(client, secret).get("me/").status_code for _ in range(2)] == [200, 200]
    keys = redis.Redis.from_url(REDIS_URL).keys("api-tests:*ejrc-api-throttle:token:*")
    assert len(keys) == 1
    from django.test import Client

    assert over_the_limit(Api(Client(), secret).get("me/"))  # another client, the same count
