import pytest
from django.test import RequestFactory
from django.views.defaults import server_error

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language, text", [("en", "Page not found"), ("ja", "ページが見つかりません")])
def test_unknown_pages_get_a_helpful_page_in_the_visitors_language(client, language, text):
    response = client.get(f"/{language}/directory/no-such-profile-anywhere/")
    assert response.status_code == 404
    assert text in response.content.decode()


def test_the_server_error_page_speaks_both_languages(client):
    page = server_error(RequestFactory().get("/")).content.decode()
    assert "Something went wrong" in page and "エラーが発生しました" in page
