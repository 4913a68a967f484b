"""The second factor: optional for everyone, required for helpdesk staff and superusers."""

import base64
import re

import pytest
from allauth.mfa.models import Authenticator
from django.core.cache import cache
from accounts.totp import DEMO_LIKE_SECRET, totp_code

from ejrc.accounts.mfa import enable_totp
from ejrc.accounts.models import User
from ejrc.helpdesk.models import Office

pytestmark = pytest.mark.django_db

PASSWORD = "kumo-to-yama-2026"


@pytest.fixture(autouse=True)
def _fast(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()  # codes once used are remembered in the cache


def person(email, **extra):
    user = User.objects.create_user(email, PASSWORD, **extra)
    user.emailaddress_set.create(email=email, verified=True, primary=True)
    return user


@pytest.fixture
def staff(db):
    office = Office.objects.get_or_create(code="gifu", defaults={"name_en": "Gifu office", "email": "gifu@example.jp", "time_zone": "Asia/Tokyo"})[0]
    return person("staff@gifu.example", office=office)


def log_in(client, email, language="en"):
    return client.post(f"/{language}/accounts/login/", {"login": email, "password": PASSWORD})


def start_totp_set_up(client):
    """allauth asks for the password again before a second factor is added; returns the secret."""
    asked = client.get("/en/accounts/2fa/totp/activate/")
    assert asked["Location"].startswith("/en/accounts/reauthenticate/")
    client.post(asked["Location"], {"password": PASSWORD})
    page = client.get("/en/accounts/2fa/totp/activate/")
    assert page.status_code == 200
    return client.session["mfa.totp.secret"]


def test_staff_without_a_second_factor_are_sent_to_the_set_up_page(client, staff):
    log_in(client, staff.email)
    for path in ["/en/admin/", "/en/directory/validation/", "/en/account/profile/"]:
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"] == "/en/account/second-factor/"
    page = client.get("/ja/account/second-factor/")
    assert "二要素" in page.content.decode() or "認証アプリ" in page.content.decode()


def test_a_superuser_without_a_second_factor_cannot_use_the_admin(client):
    root = User.objects.create_superuser("root@example.eu", PASSWORD)
    root.emailaddress_set.create(email=root.email, verified=True, primary=True)
    log_in(client, root.email)
    assert client.get("/en/admin/")["Location"] == "/en/account/second-factor/"


def test_staff_set_up_totp_with_a_real_code_then_reach_the_staff_pages(client, staff):
    log_in(client, staff.email)
    secret = start_totp_set_up(client)
    refused = client.post("/en/accounts/2fa/totp/activate/", {"code": "000000" if totp_code(secret) != "000000" else "111111"})
    assert refused.status_code == 200 and not Authenticator.objects.filter(user=staff).exists()
    client.post("/en/accounts/2fa/totp/activate/", {"code": totp_code(secret)})
    assert Authenticator.objects.filter(user=staff, type="totp").exists()
    assert client.get("/en/account/profile/").status_code == 200


def test_staff_with_totp_sign_in_with_the_code(client, staff):
    enable_totp(actor=staff, user=staff, secret=DEMO_LIKE_SECRET)
    response = log_in(client, staff.email)
    assert response["Location"].endswith("/accounts/2fa/authenticate/")
    assert "_auth_user_id" not in client.session
    wrong = client.post("/en/accounts/2fa/authenticate/", {"code": "12345"})
    assert wrong.status_code == 200 and "_auth_user_id" not in client.session
    client.post("/en/accounts/2fa/authenticate/", {"code": totp_code(DEMO_LIKE_SECRET)})
    assert client.session["_auth_user_id"] == str(staff.pk)
    assert client.get("/en/account/profile/").status_code == 200


def test_the_admin_asks_superusers_for_the_code_too(client):
    root = User.objects.create_superuser("root@example.eu", PASSWORD)
    root.emailaddress_set.create(email=root.email, verified=True, primary=True)
    enable_totp(actor=root, user=root, secret=DEMO_LIKE_SECRET)
    login_page = client.get("/en/admin/", follow=True).request["PATH_INFO"]
    assert login_page == "/en/accounts/login/"
    response = client.post("/en/accounts/login/?next=/en/admin/", {"login": root.email, "password": PASSWORD})
    assert response["Location"].endswith("/accounts/2fa/authenticate/")
    done = client.post("/en/accounts/2fa/authenticate/", {"code": totp_code(DEMO_LIKE_SECRET)})
    assert done["Location"] == "/en/admin/"
    assert client.get("/en/admin/").status_code == 200


def test_the_second_factor_is_optional_for_everyone_else(client):
    member = person("hanako@example.jp")
    log_in(client, member.email)
    assert client.get("/en/account/profile/").status_code == 200
    secret = start_totp_set_up(client)
    client.post("/en/accounts/2fa/totp/activate/", {"code": totp_code(secret)})
    client.logout()
    cache.clear()
    assert log_in(client, member.email)["Location"].endswith("/accounts/2fa/authenticate/")


def test_the_set_up_page_explains_in_both_languages(client, staff):
    client.force_login(staff)
    english = client.get("/en/account/second-factor/").content.decode()
    japanese = client.get("/ja/account/second-factor/").content.decode()
    assert "authenticator app" in english
    assert re.search(r"[\u3040-\u30ff]", japanese) and "authenticator app" not in japanese


def test_the_rfc_6238_vector():
    """The first test vector of RFC 6238 (SHA-1, T = 59 s), truncated to six digits."""
    secret = base64.b32encode(b"12345678901234567890").decode()
    assert totp_code(secret, at=59) == "287082"
