import re

import pytest
from django.core import mail

from ejrc.accounts.models import User

# Mail leaves through the outbox once the request commits: these tests commit for real.
pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "kumo-to-yama-2026"


def sign_up(client, email, language="en"):
    return client.post(
        f"/{language}/accounts/signup/",
        {"email": email, "password1": PASSWORD, "password2": PASSWORD},
    )


def confirmation_link(message):
    return re.search(r"https?://[^\s]+/accounts/confirm-email/[^\s]+", message.body).group(0)


def test_sign_up_sends_a_verification_mail_and_blocks_login_until_confirmed(client):
    response = sign_up(client, "Kenji@Example.jp")
    assert response.status_code == 302
    user = User.objects.get(email__iexact="kenji@example.jp")
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["kenji@example.jp"]

    client.logout()
    login = client.post("/en/accounts/login/", {"login": "kenji@example.jp", "password": PASSWORD})
    assert login.status_code == 302 and "confirm-email" in login["Location"]
    assert "_auth_user_id" not in client.session

    link = confirmation_link(mail.outbox[-1]).split("://", 1)[1].split("/", 1)[1]
    confirmed = client.post("/" + link)
    assert confirmed.status_code == 302
    assert user.emailaddress_set.get().verified
    assert client.session["_auth_user_id"] == str(user.pk)


def test_sign_up_in_japanese_records_the_language_and_writes_the_mail_in_japanese(client):
    sign_up(client, "hanako@example.jp", language="ja")
    assert User.objects.get(email="hanako@example.jp").preferred_language == "ja"
    assert re.search(r"[\u3040-\u30ff]", mail.outbox[0].subject + mail.outbox[0].body)


def test_an_address_already_registered_gets_a_clear_message_and_no_second_account(client):
    sign_up(client, "anna@example.eu")
    client.logout()
    response = sign_up(client, "ANNA@example.eu")
    assert response.status_code == 200
    assert "already registered" in " ".join(response.context["form"].errors["email"])
    assert User.objects.filter(email__iexact="anna@example.eu").count() == 1


def test_password_reset_sends_a_link(client, django_user_model):
    django_user_model.objects.create_user("marie@example.eu", PASSWORD)
    response = client.post("/en/accounts/password/reset/", {"email": "marie@example.eu"})
    assert response.status_code == 302
    assert "password/reset/key" in mail.outbox[0].body
