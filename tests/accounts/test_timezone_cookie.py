"""Whatever the browser sends as its time zone, pages work: an unknown value is ignored and the
page is shown in UTC (finding 2 of the security review)."""

import pytest

pytestmark = pytest.mark.django_db

BAD_VALUES = ["Europe", "Etc", "Asia", "Z" * 300, "../../../../etc/passwd", "Europe/../../../etc/passwd",
              "/etc/localtime", "localtime", "Asia/Tokyo\x00", "\x00", "Europe/Paris/", "%2e%2e%2f", "UTC "]


@pytest.mark.parametrize("value", BAD_VALUES, ids=repr)
def test_a_bad_time_zone_cookie_is_ignored(client, value):
    client.raise_request_exception = False  # a server error must show as one, not as an exception
    response = client.get("/en/directory/", HTTP_COOKIE=f"ejrc_tz={value}")
    assert response.status_code == 200
    assert response.context["TIME_ZONE"] == "UTC"


def test_a_real_time_zone_cookie_is_used(client):
    response = client.get("/en/directory/", HTTP_COOKIE="ejrc_tz=Asia/Tokyo")
    assert response.context["TIME_ZONE"] == "Asia/Tokyo"


def test_a_bad_zone_stored_on_a_profile_gives_way_to_the_browsers(client, django_user_model):
    user = django_user_model.objects.create_user("tz@example.eu", "kumo-to-yama-2026", time_zone="Etc")
    client.force_login(user)
    client.raise_request_exception = False
    response = client.get("/en/directory/", HTTP_COOKIE="ejrc_tz=Asia/Tokyo")
    assert response.status_code == 200
    assert response.context["TIME_ZONE"] == "Asia/Tokyo"
