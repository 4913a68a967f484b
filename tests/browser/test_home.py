import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_japanese_browser_lands_on_the_japanese_site_and_can_switch(new_page, screenshot):
    page = new_page(locale="ja-JP", timezone_id="Asia/Tokyo")
    page.goto("/")
    assert page.url.endswith("/ja/")
    assert page.locator("html").get_attribute("lang") == "ja"
    screenshot(page, "home-ja")
    page.get_by_role("button", name="English").click()
    page.wait_for_url("**/en/")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Regions, prefectures")
    tz_cookie = {c["name"]: c["value"] for c in page.context.cookies()}.get("ejrc_tz")
    assert tz_cookie == "Asia/Tokyo"
    screenshot(page, "home-en")
