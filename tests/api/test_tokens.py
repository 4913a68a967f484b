"""Personal API tokens: made and revoked by their owner on the site, shown once, kept hashed;
unknown, revoked and expired ones are refused with a 401 problem."""

import hashlib
import re
from datetime import timedelta

import pytest
from api.helpers import Api, token_of
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from ejrc.api.domain.tokens import create_token, revoke_token
from ejrc.api.models import ApiToken
from ejrc.core.models import ActivityLog


def test_a_token_is_kept_only_as_its_digest(people):
    made = create_token(actor=people["member"], name="CRM")
    row = ApiToken.objects.get()
    assert made.secret.startswith("ejrc_") and len(made.secret) > 40
    assert row.digest == hashlib.sha256(made.secret.encode()).hexdigest()
    assert made.secret not in str(list(ApiToken.objects.values())) and row.prefix == made.secret[:12]
    assert ActivityLog.objects.filter(action="api.token.create").count() == 1


def test_a_token_opens_the_api_as_its_owner_and_notes_its_last_use(client, people):
    secret = token_of(people["member"])
    response = Api(client, secret).get("me/")
    assert response.status_code == 200 and response.json()["email"] == people["member"].email
    assert ApiToken.objects.get().last_used_at is not None


@pytest.mark.parametrize("header, code", [
    ("Bearer ejrc_not-a-token", "invalid_token"),
    ("Bearer", "invalid_token"),
    ("Bearer two words", "invalid_token"),
    ("Bearer ejrc_é", "invalid_token"),
])
def test_unknown_or_malformed_tokens_are_a_401(api, people, header, code):
    response = api.get("organisations/", HTTP_AUTHORIZATION=header)
    assert response.status_code == 401 and response["Content-Type"] == "application/problem+json"
    assert response.json()["code"] == code and response["WWW-Authenticate"] == 'Bearer realm="api"'


def test_a_revoked_token_is_a_401(client, people):
    made = create_token(actor=people["member"], name="old")
    revoke_token(actor=people["member"], token=made.token)
    response = Api(client, made.secret).get("organisations/")
    assert response.status_code == 401 and response.json()["code"] == "token_revoked"


def test_an_expired_token_is_a_401(client, people):
    made = create_token(actor=people["member"], name="short", expires_at=timezone.now() + timedelta(days=1))
    ApiToken.objects.filter(pk=made.token.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    response = Api(client, made.secret).get("organisations/")
    assert response.status_code == 401 and response.json()["code"] == "token_expired"


def test_the_token_of_a_deactivated_account_is_a_401(client, people):
    secret = token_of(people["member"])
    people["member"].is_active = False
    people["member"].save()
    assert Api(client, secret).get("me/").status_code == 401


def test_only_the_owner_revokes_a_token(people):
    made = create_token(actor=people["member"], name="mine")
    with pytest.raises(PermissionDenied):
        revoke_token(actor=people["stranger"], token=made.token)
    assert ApiToken.objects.get().revoked_at is None


def test_a_token_needs_a_name_and_a_future_expiry(people):
    with pytest.raises(ValidationError):
        create_token(actor=people["member"], name="  ")
    with pytest.raises(ValidationError):
        create_token(actor=people["member"], name="x", expires_at=timezone.now() - timedelta(days=1))
    assert not ApiToken.objects.exists()


def test_the_page_shows_a_new_secret_once_and_lists_tokens(client, people):
    client.force_login(people["member"])
    url = reverse("api-tokens:list")
    response = client.post(url, {"name": "Regional CRM", "validity": "30"})
    assert response.status_code == 200 and response["Cache-Control"] == "no-store"
    secret = re.search(r'data-testid="new-token">([^<]+)<', response.content.decode()).group(1)
    assert ApiToken.objects.get().digest == hashlib.sha256(secret.encode()).hexdigest()
    listing = client.get(url).content.decode()
    assert "Regional CRM" in listing and secret not in listing and secret[:12] in listing
    assert Api(client, secret).get("me/").json()["token"] == "Regional CRM"


def test_the_page_revokes_and_the_token_stops_working(client, people):
    made = create_token(actor=people["member"], name="CRM")
    client.force_login(people["member"])
    response = client.post(reverse("api-tokens:revoke", args=[made.token.pk]))
    assert response.status_code == 302
    client.logout()
    assert Api(client, made.secret).get("me/").status_code == 401


def test_the_page_is_in_japanese(client, people):
    client.force_login(people["member"])
    page = client.get(reverse("api-tokens:list").replace("/en/", "/ja/")).content.decode()
    assert "APIトークン" in page


def test_the_page_is_in_the_users_menu(client, people):
    client.force_login(people["member"])
    assert reverse("api-tokens:list") in client.get(reverse("accounts:profile")).content.decode()


def test_the_session_works_with_its_csrf_token_for_writes(people, client):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    browser.force_login(people["admin"])
    url = "/api/v1/me/organisations/alpine-hydrogen-valley/"
    assert browser.get(url).status_code == 200
    refused = browser.patch(url, '{"city": "Annecy"}', content_type="application/json")
    assert refused.status_code == 403 and refused["Content-Type"] == "application/problem+json"
    browser.get(reverse("api-tokens:list"))  # any page sets the CSRF cookie
    csrf = browser.cookies["csrftoken"].value
    accepted = browser.patch(url, '{"city": "Annecy"}', content_type="application/json", HTTP_X_CSRFTOKEN=csrf)
    assert accepted.status_code == 202


def test_tokens_are_in_the_owners_data_without_their_secret_and_go_with_the_account(people):
    from ejrc.core.personal_data import personal_data_sections

    made = create_token(actor=people["member"], name="CRM")
    section = next(s for s in personal_data_sections() if s.name == "api")
    exported = section.export(people["member"])
    assert [t["name"] for t in exported["api_tokens"]] == ["CRM"] and made.secret not in str(exported)
    people["member"].delete()
    assert not ApiToken.objects.exists()
