import pytest
from browser_support import in_browser, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_japanese_browser_lands_on_the_japanese_site_and_can_switch(live_server):
    def visit(page):
        page.goto("/")
        landed = (page.url, page.locator("html").get_attribute("lang"))
        screenshot(page, "home-ja")
        page.get_by_role("button", name="English").click()
        page.wait_for_url("**/en/")
        heading = page.get_by_role("heading", level=1).inner_text()
        cookies = {c["name"]: c["value"] for c in page.context.cookies()}
        return landed, heading, cookies

    (url, lang), heading, cookies = in_browser(visit, live_server.url, locale="ja-JP", timezone_id="Asia/Tokyo")
    assert url.endswith("/ja/") and lang == "ja"
    assert heading.startswith("Regions, prefectures")
    assert cookies["ejrc_tz"] == "Asia/Tokyo"
