"""Password reset and adding an e-mail address do not tell whether an address has an account
(finding 4 of the security review). Sign-up alone stays explicit, by choice (README)."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

pytestmark = pytest.mark.django_db

PASSWORD = "kumo-to-yama-2026"


@pytest.fixture
def registered(django_user_model):
    user = django_user_model.objects.create_user("marie@example.eu", PASSWORD)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def visible(page):
    """A page as a visitor compares it: the CSRF token, masked afresh on each page, left out."""
    return re.sub(r'(csrfmiddlewaretoken" value="|"X-CSRFToken": ")[^"]+', r"\1…", page.decode())


def answer(response):
    """What a visitor can read from a response: status, where it leads, and the page shown."""
    page = visible(response.content) if response.status_code == 200 else ""
    return response.status_code, response.get("Location"), page


@pytest.mark.django_db(transaction=True)  # the mail leaves through the outbox on commit
@pytest.mark.parametrize("language", ["en", "ja"])
def test_password_reset_answers_the_same_for_an_unknown_address(client, registered, language):
    url = f"/{language}/accounts/password/reset/"
    known = client.post(url, {"email": "marie@example.eu"})
    unknown = client.post(url, {"email": "nobody@example.eu"})
    assert answer(known) == answer(unknown)
    assert known.status_code == 302
    assert visible(client.get(known["Location"]).content) == visible(client.get(unknown["Location"]).content)
    assert [message.to for message in mail.outbox] == [["marie@example.eu"], ["nobody@example.eu"]]
    assert "password/reset/key" in mail.outbox[0].body and "password/reset/key" not in mail.outbox[1].body


def test_adding_an_address_of_another_account_answers_as_for_a_new_one(client, registered, django_user_model):
    someone = django_user_model.objects.create_user("kenji@example.jp", PASSWORD)
    EmailAddress.objects.create(user=someone, email=someone.email, verified=True, primary=True)
    client.force_login(someone)
    taken = client.post("/en/accounts/email/", {"action_add": "", "email": "marie@example.eu"}, follow=True)
    fresh = client.post("/en/accounts/email/", {"action_add": "", "email": "kenji.work@example.jp"}, follow=True)
    assert taken.redirect_chain == fresh.redirect_chain == [("/en/accounts/email/", 302)]
    assert [str(message) for message in taken.context["messages"]] == ["Confirmation email sent to marie@example.eu."]
    assert [str(message) for message in fresh.context["messages"]] == [
        "Confirmation email sent to kenji.work@example.jp."
    ]
    assert not EmailAddress.objects.filter(user=someone, email="marie@example.eu", verified=True).exists()
    assert EmailAddress.objects.get(email="marie@example.eu", verified=True).user == registered
