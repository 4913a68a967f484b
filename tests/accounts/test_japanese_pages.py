"""Japanese pages say everything in Japanese, including what allauth and form fields add
(finding 13 of the security review)."""

import pytest
from allauth.account.models import EmailAddress

pytestmark = pytest.mark.django_db

PASSWORD = "kumo-to-yama-2026"


@pytest.fixture
def japanese_user(django_user_model):
    user = django_user_model.objects.create_user(
        "yuki@example.jp", PASSWORD, name="Sato Yuki", name_ja="佐藤 由紀", preferred_language="ja"
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def test_the_profile_page_labels_the_time_zone_in_japanese(client, japanese_user):
    client.force_login(japanese_user)
    page = client.get("/ja/account/profile/").content.decode()
    assert "タイムゾーン" in page
    assert "Time zone" not in page


def test_signing_in_from_the_english_site_greets_a_japanese_user_in_japanese(client, japanese_user):
    response = client.post("/en/accounts/login/", {"login": japanese_user.email, "password": PASSWORD},
                           follow=True)
    assert response.redirect_chain[-1][0].startswith("/ja/")
    shown = [str(message) for message in response.context["messages"]]
    assert shown == ["ユーザー 佐藤 由紀 としてログインしました。"]
    assert "Successfully signed in" not in response.content.decode()
