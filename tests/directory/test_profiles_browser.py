"""Creating a profile and validating it, in a real browser (place selects and sector filter run JS)."""


import pytest
from browser_support import in_browser, session_cookie
from directory.factories import StaffUserFactory, UserFactory, country, offices, prefecture

from ejrc.directory.domain.sectors import load_sectors
from ejrc.directory.models import Organisation

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_japanese_cluster_is_created_then_approved_by_the_gifu_office(live_server):
    offices()
    country("FR")
    country("JP")
    prefecture("JP-21")
    load_sectors()
    author, staff = UserFactory(), StaffUserFactory(office=offices()["gifu"])

    def create(page):
        page.goto("/en/directory/new/")
        assert page.locator("#id_prefecture").is_hidden()
        page.select_option("#id_country", "JP")
        assert page.locator("#id_region").is_hidden() and page.locator("#id_prefecture").is_visible()
        page.select_option("#id_prefecture", "JP-21")
        page.fill("#id_name_en", "Kakamigahara Wings Cluster")
        page.fill("#id_description_en", "<p>Aircraft parts.</p>")
        page.fill("#sector-filter", "aerospace")
        aerospace = page.get_by_label("Aerospace Vehicles and Defence", exact=True)
        assert aerospace.is_visible() and page.get_by_label("Automotive", exact=True).is_hidden()
        aerospace.check()
        page.get_by_role("button", name="Send for validation").click()
        page.wait_for_url("**/directory/kakamigahara-wings-cluster/")
        return page.content()

    content = in_browser(create, live_server.url, cookies=[session_cookie(author, live_server.url)])
    assert "waiting for validation" in content
    organisation = Organisation.objects.get(name_en="Kakamigahara Wings Cluster")
    assert organisation.revisions.get().office.code == "gifu"

    def approve(page):
        page.goto("/en/directory/validation/")
        page.get_by_role("link", name="Kakamigahara Wings Cluster").click()
        page.get_by_role("button", name="Approve and publish").click()
        page.wait_for_url("**/directory/validation/**")
        return page.content()

    assert "Nothing is waiting" in in_browser(approve, live_server.url, cookies=[session_cookie(staff, live_server.url)])
    organisation.refresh_from_db()
    assert organisation.is_published
    assert [s.name_en for s in organisation.sectors.all()] == ["Aerospace Vehicles and Defence"]
