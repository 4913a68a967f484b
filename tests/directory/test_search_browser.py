"""The search page in a real browser: htmx swaps the results region, the page is not reloaded."""

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from directory.factories import OrganisationFactory

from ejrc.directory.domain.search import refresh_search_text
from ejrc.directory.models import OrganisationKind

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
CHROMIUM = Path("/usr/bin/chromium")


def in_browser(journey, base_url):
    """Run ``journey(page)`` in a thread of its own.

    Playwright's sync API refuses a thread where another Playwright (the session browser
    of tests/browser) already runs its loop; the journey touches no database, so the
    thread needs no connection either.
    """
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (make test installs it)")

    def run():
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
            try:
                context = browser.new_context(base_url=base_url, locale="en-GB")
                context.set_default_timeout(15_000)
                return journey(context.new_page())
            finally:
                browser.close()

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(run).result(timeout=120)


def search_then_tick_a_facet_then_clear(page):
    page.goto("/en/directory/")
    page.evaluate("window.notReloaded = true")
    assert page.locator("article.result").count() == 3

    page.get_by_label("Search the directory").fill("岐阜")
    page.keyboard.press("Enter")
    page.wait_for_url("**/directory/?q=*")
    page.get_by_text("2 profiles", exact=True).wait_for()

    page.locator("#f-kind-cluster").check()
    page.wait_for_url("**kind=cluster**")
    assert page.url.endswith("/en/directory/?q=%E5%B2%90%E9%98%9C&kind=cluster")  # no empty or default values
    page.get_by_text("1 profile", exact=True).wait_for()
    assert page.locator("article.result h2").inner_text() == "Gifu Aerospace Cluster"
    assert page.locator("#f-kind-cluster").is_checked()
    assert page.evaluate("window.notReloaded") is True

    page.get_by_role("link", name="Clear all filters").click()
    page.get_by_text("2 profiles", exact=True).wait_for()
    assert page.evaluate("window.notReloaded") is True


def test_searching_and_ticking_facets_swap_the_results_without_reloading(live_server):
    for name, kind, japanese in [
        ("Gifu Aerospace Cluster", OrganisationKind.CLUSTER, True),
        ("Gifu Prefecture", OrganisationKind.PREFECTURE, True),
        ("Lyon Aerospace Cluster", OrganisationKind.CLUSTER, False),
    ]:
        refresh_search_text(OrganisationFactory(name_en=name, kind=kind, japanese=japanese))
    in_browser(search_then_tick_a_facet_then_clear, live_server.url)
