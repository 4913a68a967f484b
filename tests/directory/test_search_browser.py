"""The search page in a real browser: htmx swaps the results region, the page is not reloaded."""


import pytest
from browser_support import in_browser
from directory.factories import OrganisationFactory

from ejrc.directory.domain.search import refresh_search_text
from ejrc.directory.models import OrganisationKind

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


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
