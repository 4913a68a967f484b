"""The search page in a real browser: htmx swaps the results region, the page is not reloaded."""

import os
from pathlib import Path

import pytest
from directory.factories import OrganisationFactory

from ejrc.directory.domain.search import refresh_search_text
from ejrc.directory.models import OrganisationKind

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
CHROMIUM = Path("/usr/bin/chromium")
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's loop runs in this thread


@pytest.fixture
def profiles():
    """Made before the browser starts: inside Playwright's event loop the ORM would open a
    second connection that outlives the test (PostgreSQL then refuses to drop the database)."""
    for name, kind, japanese in [
        ("Gifu Aerospace Cluster", OrganisationKind.CLUSTER, True),
        ("Gifu Prefecture", OrganisationKind.PREFECTURE, True),
        ("Lyon Aerospace Cluster", OrganisationKind.CLUSTER, False),
    ]:
        refresh_search_text(OrganisationFactory(name_en=name, kind=kind, japanese=japanese))


@pytest.fixture
def page(profiles, live_server):
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (make test installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        context = browser.new_context(base_url=live_server.url, locale="en-GB")
        context.set_default_timeout(15_000)
        yield context.new_page()
        context.close()
        browser.close()


def test_searching_and_ticking_facets_swap_the_results_without_reloading(page):
    page.goto("/en/directory/")
    page.evaluate("window.notReloaded = true")
    assert page.locator("article.result").count() == 3

    page.get_by_label("Search the directory").fill("岐阜")
    page.keyboard.press("Enter")
    page.wait_for_url("**/directory/?q=*")
    page.locator("article.result").nth(1).wait_for()
    assert page.locator("article.result").count() == 2

    page.locator("#f-kind-cluster").check()
    page.wait_for_url("**kind=cluster**")
    page.get_by_text("1 profile", exact=True).wait_for()
    assert page.locator("article.result h2").inner_text() == "Gifu Aerospace Cluster"
    assert page.locator("#f-kind-cluster").is_checked()
    assert page.evaluate("window.notReloaded") is True

    page.get_by_role("link", name="Clear all filters").click()
    page.get_by_text("2 profiles", exact=True).wait_for()
    assert page.evaluate("window.notReloaded") is True
