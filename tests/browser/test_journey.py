"""The platform's first journey, end to end in a real browser.

A new user signs up and confirms their address, creates a cluster profile, the responsible
office validates it, and a visitor reading Japanese finds it by searching in Japanese.
"""

import re

import pytest
from browser_support import in_browser, screenshot, session_cookie
from directory.factories import StaffUserFactory, country, offices, prefecture
from django.core import mail

from ejrc.directory.domain.sectors import load_sectors
from ejrc.directory.models import Organisation

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "hida-takayama-2026!"


def sign_up_and_create_a_cluster(page):
    page.goto("/en/accounts/signup/")
    page.fill("input[name=email]", "founder@hida-wood.example.jp")
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    page.locator("form", has=page.locator("input[name=password2]")).get_by_role("button").click()
    page.wait_for_url("**/confirm-email/")
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+", mail.outbox[-1].body).group(0)
    page.goto(link)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/en/")

    page.goto("/en/directory/new/")
    page.select_option("#id_kind", "cluster")
    page.fill("#id_name_en", "Hida Woodcraft Cluster")
    page.fill("#id_name_ja", "飛騨木工クラスター")
    page.fill("#id_description_en", "<p>Furniture makers of the Hida highlands.</p>")
    page.fill("#id_description_ja", "<p>飛騨高山の家具メーカーの集まりです。</p>")
    page.select_option("#id_country", "JP")
    page.select_option("#id_prefecture", "JP-21")
    page.fill("#sector-filter", "furniture")
    page.get_by_label("Furniture", exact=True).check()
    screenshot(page, "journey-1-create")
    page.get_by_role("button", name="Send for validation").click()
    page.wait_for_url("**/directory/hida-woodcraft-cluster/")
    screenshot(page, "journey-2-pending")
    return page.content()


def approve(page):
    page.goto("/en/directory/validation/")
    screenshot(page, "journey-3-queue")
    page.get_by_role("link", name="Hida Woodcraft Cluster").click()
    page.get_by_role("button", name="Approve and publish").click()
    page.wait_for_url("**/directory/validation/**")
    return page.content()


def find_it_in_japanese(page):
    page.goto("/")
    page.locator("input[name=q]").first.fill("岐阜 家具")
    page.locator("input[name=q]").first.press("Enter")
    page.wait_for_url("**/ja/directory/?q=*")
    result = page.locator("article.result").filter(has_text="飛騨木工クラスター")
    result.wait_for()
    screenshot(page, "journey-4-search-ja")
    result.get_by_role("link").first.click()
    page.wait_for_url("**/ja/directory/hida-woodcraft-cluster/")
    screenshot(page, "journey-5-profile-ja")
    return page.locator("h1").inner_text(), page.content()


def test_sign_up_create_a_cluster_validate_it_and_find_it_in_japanese(live_server):
    offices()
    country("JP")
    prefecture("JP-21")
    load_sectors()
    staff = StaffUserFactory(office=offices()["gifu"])

    pending_page = in_browser(sign_up_and_create_a_cluster, live_server.url)
    assert "waiting for validation" in pending_page
    cluster = Organisation.objects.get(name_en="Hida Woodcraft Cluster")
    assert not cluster.is_published
    assert cluster.revisions.get().office.code == "gifu"
    assert cluster.memberships.get().user.email == "founder@hida-wood.example.jp"
    assert cluster.revisions.get().data["labels"] == []  # untouched extra rows are no labels

    in_browser(approve, live_server.url, cookies=[session_cookie(staff, live_server.url)])
    cluster.refresh_from_db()
    assert cluster.is_published

    heading, profile = in_browser(find_it_in_japanese, live_server.url, locale="ja-JP", timezone_id="Asia/Tokyo")
    assert "飛騨木工クラスター" in heading
    assert "飛騨高山の家具メーカーの集まりです。" in profile and "岐阜県" in profile
