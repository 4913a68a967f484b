import zoneinfo

import pytest
from django.test import RequestFactory
from django.utils import translation

from ejrc.core.middleware import viewer_timezone

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(django_user_model):
    return django_user_model.objects.create_user("sato@example.jp", "pw-unused-123", name="Sato")


def test_profile_saves_language_and_time_zone_and_switches_the_site_language(client, member):
    client.force_login(member)
    response = client.post(
        "/en/account/profile/",
        {"name": "Sato Yuki", "name_ja": "佐藤 由紀", "preferred_language": "ja", "time_zone": "Asia/Tokyo"},
    )
    assert response.status_code == 302 and response["Location"].startswith("/ja/")
    member.refresh_from_db()
    assert (member.name_ja, member.preferred_language, member.time_zone) == ("佐藤 由紀", "ja", "Asia/Tokyo")
    assert response.cookies["ejrc_language"].value == "ja"


def test_unknown_time_zone_is_refused_with_a_message(client, member):
    client.force_login(member)
    response = client.post(
        "/en/account/profile/", {"name": "X", "preferred_language": "en", "time_zone": "Mars/Olympus"}
    )
    assert response.status_code == 200
    assert "Select a valid choice" in " ".join(response.context["form"].errors["time_zone"])
    member.refresh_from_db()
    assert member.time_zone == "UTC"


def test_profile_needs_a_signed_in_user(client):
    assert client.get("/en/account/profile/")["Location"].startswith("/en/accounts/login/")


def test_viewer_time_zone_comes_from_the_profile_then_the_browser(member):
    request = RequestFactory().get("/", HTTP_COOKIE="ejrc_tz=Europe/Paris")
    request.user = member
    member.time_zone = "Asia/Tokyo"
    assert viewer_timezone(request) == zoneinfo.ZoneInfo("Asia/Tokyo")
    member.time_zone = ""
    assert viewer_timezone(request) == zoneinfo.ZoneInfo("Europe/Paris")
    request.COOKIES["ejrc_tz"] = "Not/AZone"
    assert viewer_timezone(request) is None


def test_a_person_is_named_in_the_viewers_language(member):
    member.name_ja = "佐藤"
    with translation.override("ja"):
        assert str(member) == "佐藤"
    with translation.override("en"):
        assert str(member) == "Sato"
    member.name = ""
    with translation.override("en"):
        assert str(member) == "佐藤"
