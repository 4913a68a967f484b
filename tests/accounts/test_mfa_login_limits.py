"""Every way to sign in is rate-limited the same way (issue 8, finding 1).

The Django admin used to have its own login form, which allauth's limit on failed attempts did
not cover: eight wrong passwords were answered normally and the right one then worked.
"""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import resolve
from django.utils import translation

from ejrc.accounts.models import User

pytestmark = pytest.mark.django_db

PASSWORD = "kumo-to-yama-2026"
WRONG = "not-the-password-0"


@pytest.fixture(autouse=True)
def _rate_limits_on(settings):
    """The suite turns allauth's rate limits off; these tests are about them."""
    del settings.ACCOUNT_RATE_LIMITS
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def superuser(db):
    user = User.objects.create_superuser("root@example.eu", PASSWORD)
    user.emailaddress_set.create(email=user.email, verified=True, primary=True)
    return user


def admin_login(client, password):
    """What the outside test did: post to the admin's login address (following any redirect)."""
    page = client.get("/en/admin/login/?next=/en/admin/", follow=True)
    action = page.request["PATH_INFO"]
    data = {"username": "root@example.eu", "login": "root@example.eu", "password": password,
            "next": "/en/admin/"}
    return client.post(action, data)


def test_the_admin_login_locks_after_repeated_wrong_passwords(client, superuser):
    for _ in range(8):
        admin_login(client, WRONG)
    response = admin_login(client, PASSWORD)
    assert "_auth_user_id" not in client.session
    assert "Too many failed login attempts" in response.content.decode()


def test_the_admin_login_page_is_the_site_login(client):
    response = client.get("/en/admin/login/?next=/en/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")
    assert parse_qs(urlsplit(response["Location"]).query)["next"] == ["/en/admin/"]


def test_signed_in_people_who_are_not_admin_staff_get_a_404_from_the_admin(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("hanako@example.jp", PASSWORD))
    response = client.get("/en/admin/", follow=True)
    assert response.status_code == 404 and len(response.redirect_chain) == 1


def test_the_site_login_locks_after_repeated_wrong_passwords(client, superuser):
    for _ in range(5):
        client.post("/en/accounts/login/", {"login": "root@example.eu", "password": WRONG})
    response = client.post("/en/accounts/login/", {"login": "root@example.eu", "password": PASSWORD})
    assert "_auth_user_id" not in client.session
    assert "Too many failed login attempts" in response.content.decode()


@pytest.mark.django_db(transaction=True)  # the mail leaves through the outbox on commit
def test_password_reset_requests_are_limited(client, superuser):
    for _ in range(8):
        client.post("/en/accounts/password/reset/", {"email": "root@example.eu"})
    assert len(mail.outbox) == 5


def test_no_other_login_form_is_reachable():
    """No URL reaches Django's own login views, which allauth's limits do not cover."""
    from django.contrib.auth.views import LoginView

    for language in ["en", "ja"]:
        with translation.override(language):
            view = resolve(f"/{language}/admin/login/").func
        assert getattr(view, "view_class", None) is not LoginView
        assert view.__module__.startswith("ejrc.")
