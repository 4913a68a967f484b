"""Under the Content-Security-Policy the pages' own scripts still run and the browser reports
no violation: behaviour comes from site.js and nonce-carrying scripts, never inline handlers."""

import pytest
from browser_support import in_browser, session_cookie
from directory.factories import StaffUserFactory, country, offices, prefecture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_pages_run_their_scripts_without_a_policy_violation(live_server):
    offices()
    country("FR")
    country("JP")
    prefecture("JP-21")
    staff = StaffUserFactory(office=offices()["gifu"])

    def visit(page):
        violations = []
        page.on("console", lambda message: violations.append(message.text)
                if "Content Security Policy" in message.text else None)
        page.goto("/en/directory/validation/")
        page.select_option("#office-filter", "gifu")  # data-submit-on-change, handled by site.js
        page.wait_for_url("**/directory/validation/?office=gifu")
        page.goto("/en/directory/new/")
        page.select_option("#id_country", "JP")  # the form's script carries the nonce
        assert page.locator("#id_prefecture").is_visible() and page.locator("#id_region").is_hidden()
        page.goto("/en/directory/?q=gifu")
        return violations

    assert in_browser(visit, live_server.url, cookies=[session_cookie(staff, live_server.url)]) == []
