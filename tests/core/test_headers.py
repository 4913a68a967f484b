"""With the production settings (DEBUG off) every page carries the browser's protections and
every cookie the site sets is ``Secure`` (finding 14 of the security review)."""

import pytest
from allauth.account.models import EmailAddress

pytestmark = pytest.mark.django_db

PASSWORD = "kumo-to-yama-2026"


def test_pages_carry_hsts_csp_and_permissions_policy(client):
    response = client.get("/en/", secure=True)
    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    policy = dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";"))
    assert policy["default-src"] == "'self'"
    assert policy["script-src"] == "'self'"  # plus a nonce on the pages that use an inline script
    assert policy["object-src"] == policy["frame-ancestors"] == "'none'"
    assert "camera=()" in response["Permissions-Policy"] and "geolocation=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_the_page_script_carries_the_nonce_of_the_policy(client, django_user_model):
    """An inline script runs only with the nonce of its response's policy."""
    user = django_user_model.objects.create_user("nonce@example.eu", PASSWORD)
    client.force_login(user)
    response = client.get("/en/directory/new/", secure=True)
    nonce = response["Content-Security-Policy"].split("'nonce-", 1)[1].split("'", 1)[0]
    assert f'<script nonce="{nonce}">' in response.content.decode()


def test_session_csrf_and_messages_cookies_are_secure(client, django_user_model):
    user = django_user_model.objects.create_user("secure@example.eu", PASSWORD)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    client.get("/en/accounts/login/", secure=True)
    assert client.cookies["csrftoken"]["secure"] is True
    response = client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD}, secure=True)
    assert response.status_code == 302
    for name in ("sessionid", "messages"):
        assert response.cookies[name]["secure"] is True, name
        assert response.cookies[name]["httponly"] is True, name
