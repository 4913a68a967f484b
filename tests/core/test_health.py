"""/healthz and /readyz: the process is up; the database, cache and broker answer (or 503)."""

import pytest
from django.test import override_settings
from worker_support import REDIS_URL, require_redis

from ejrc.celery import app

pytestmark = pytest.mark.django_db
CLOSED_PORT = "redis://127.0.0.1:9/0"  # discard port: nothing listens there


@pytest.fixture
def broker():
    """Point the Celery app at a broker for the test (tasks are eager otherwise)."""
    previous = app.conf.task_always_eager, app.conf.broker_url
    app._pool = None

    def use(url):
        app.conf.update(task_always_eager=False, broker_url=url)
    yield use
    app._pool = None
    app.conf.update(task_always_eager=previous[0], broker_url=previous[1])


def test_healthz_answers_without_a_language_prefix(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_readyz_is_ok_when_everything_answers(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "down": [], "checks": {"database": "ok", "cache": "ok", "broker": "ok"}}


def test_readyz_with_the_real_redis_as_cache_and_broker(client, broker):
    require_redis()
    broker(REDIS_URL)
    with override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                                               "LOCATION": REDIS_URL}}):
        response = client.get("/readyz")
    assert response.status_code == 200, response.json()


def test_readyz_names_the_cache_when_it_is_down(client):
    with override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                                               "LOCATION": CLOSED_PORT}}):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["down"] == ["cache"]


def test_readyz_names_the_broker_when_it_is_down(client, broker):
    broker(CLOSED_PORT)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["down"] == ["broker"]


def test_probes_answer_over_plain_http_when_https_is_enforced(client):
    with override_settings(SECURE_SSL_REDIRECT=True):
        assert client.get("/healthz").status_code == 200
        assert client.get("/en/").status_code == 301
