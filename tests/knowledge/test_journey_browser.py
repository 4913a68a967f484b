"""The knowledge journey in a real browser: a cluster submits a best practice, the responsible
office publishes it, and it appears on the cluster's profile and in the news feed."""

import pytest
from browser_support import in_browser, screenshot, session_cookie
from directory.factories import MembershipFactory, OrganisationFactory, StaffUserFactory, offices

from ejrc.directory.models import Membership
from ejrc.knowledge.models import BestPractice

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
TITLE = "Hydrogen buses with Gifu"


def submit(page):
    page.goto("/en/knowledge/practices/new/")
    page.fill("#id_title", TITLE)
    page.fill("#id_summary", "Two regions ran hydrogen buses <script>alert(1)</script> together.")
    page.select_option("#id_cooperation_type", "innovation")
    page.fill("#id_european_partners", "Strasbourg Eurometropole")
    page.fill("#id_japanese_partners", "Gifu Prefecture")
    page.fill("#id_figures", "Buses in service: 12")
    page.get_by_role("button", name="Send for review").click()
    page.wait_for_load_state()
    screenshot(page, "knowledge-1-submitted")
    return page.locator("main").inner_text()


def publish(page):
    page.goto("/en/knowledge/practices/review/")
    page.get_by_role("link", name=TITLE).click()
    page.get_by_role("button", name="Publish").click()
    page.wait_for_url("**/en/knowledge/practices/review/")
    screenshot(page, "knowledge-2-published")
    return page.content()


def read_profile_and_feed(slug):
    def journey(page):
        page.goto(f"/ja/directory/{slug}/")
        section = page.locator("section.knowledge-section").first.inner_text()
        screenshot(page, "knowledge-3-profile-ja")
        page.goto(f"/en/directory/{slug}/")
        english = page.locator("section.knowledge-section").first.inner_text()
        feed = page.request.get("/en/knowledge/news/feed/rss/").text()
        return section, english, feed
    return journey


def test_a_cluster_submits_a_best_practice_that_an_office_publishes(live_server):
    helpdesk = offices()
    cluster = OrganisationFactory(name_en="Alsace Hydrogen Cluster", slug="alsace-hydrogen")
    admin = MembershipFactory(organisation=cluster, role=Membership.Role.ADMIN).user
    staff = StaffUserFactory(office=helpdesk["strasbourg"])

    submitted = in_browser(submit, live_server.url, cookies=[session_cookie(admin, live_server.url)])
    assert "Awaiting review" in submitted and "Buses in service: 12" in submitted
    practice = BestPractice.objects.get()
    assert practice.office.code == "strasbourg" and "<script" not in practice.summary

    in_browser(publish, live_server.url, cookies=[session_cookie(staff, live_server.url)])
    practice.refresh_from_db()
    assert practice.is_published

    japanese, english, feed = in_browser(read_profile_and_feed(cluster.slug), live_server.url, locale="ja-JP",
                                         timezone_id="Asia/Tokyo")
    assert TITLE in japanese and "ベストプラクティス" in japanese  # the English case, for Japanese readers too
    assert TITLE in english
    assert f"<title>{TITLE}</title>" in feed
