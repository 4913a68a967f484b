"""The interactive docs work in a real browser under the site's Content-Security-Policy."""

import pytest
from browser_support import in_browser, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_swagger_ui_renders_every_area_without_a_csp_violation(live_server):
    def visit(page):
        refusals = []
        page.on("console", lambda message: refusals.append(message.text)
                if "Content Security Policy" in message.text or "Refused" in message.text else None)
        page.goto("/api/v1/docs/")
        page.wait_for_selector(".opblock-tag", timeout=30_000)
        tags = page.locator(".opblock-tag").all_inner_texts()
        page.locator(".opblock-tag", has_text="organisations").first.click()
        page.wait_for_selector(".opblock-summary-path")
        screenshot(page, "api-docs")
        return tags, page.locator(".opblock-summary-path").all_inner_texts(), refusals

    tags, paths, refusals = in_browser(visit, live_server.url)
    assert not refusals
    assert {"organisations", "places", "opportunities", "events", "my organisations"} <= {
        tag.split("\n")[0].strip() for tag in tags}
    assert "/api/v1/organisations/" in " ".join(paths)
