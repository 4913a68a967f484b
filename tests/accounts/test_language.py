import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("accept, prefix", [("ja,en;q=0.5", "/ja/"), ("en-GB,en;q=0.9", "/en/"), ("de", "/en/")])
def test_the_browser_language_comes_first(client, accept, prefix):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302 and response["Location"] == prefix


def test_every_page_exists_in_both_languages(client):
    english = client.get("/en/").content.decode()
    japanese = client.get("/ja/").content.decode()
    assert '<html lang="en">' in english and "Regions, prefectures and clusters" in english
    assert '<html lang="ja">' in japanese and "Regions, prefectures and clusters" not in japanese


def test_language_switch_keeps_the_page(client):
    response = client.post("/i18n/setlang/", {"language": "ja", "next": "/en/account/profile/"})
    assert response["Location"] == "/ja/account/profile/"
