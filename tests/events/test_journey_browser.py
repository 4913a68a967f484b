"""The issue's journey in a real browser: a European cluster manager and a Japanese prefecture
officer register for one event, each reads the programme on their own clock, both go for the
last place of a site visit (one gets it, the other waits and moves up when the first cancels),
and the organiser downloads the participant list and the badges."""

from pathlib import Path

import pytest
from browser_support import in_browser, screenshot, session_cookie
from events.factories import make_session, site_visit
from openpyxl import load_workbook

from ejrc.events.models import Registration, SessionChoice

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_two_participants_race_for_the_last_site_visit_place_and_the_organiser_prints_badges(
        live_server, event, organiser, cluster_manager, prefecture_officer):
    make_session(event, organiser=organiser, start=10, end=11, title_en="Opening plenary", title_ja="開会全体会議")
    visit = site_visit(event, organiser=organiser, capacity=1, title_en="Port of Strasbourg", title_ja="ストラスブール港視察")
    manager_cookie = session_cookie(cluster_manager, live_server.url)
    officer_cookie = session_cookie(prefecture_officer, live_server.url)
    slug = event.slug

    def register_both(manager):
        officer_context = manager.context.browser.new_context(base_url=live_server.url, locale="ja-JP",
                                                              timezone_id="Asia/Tokyo")
        officer_context.add_cookies([officer_cookie])
        officer = officer_context.new_page()
        manager.goto(f"/en/events/{slug}/programme/")
        officer.goto(f"/ja/events/{slug}/programme/")
        seen = {"manager": manager.content(), "officer": officer.content()}
        screenshot(officer, "events-programme-ja")
        for page, language in ((manager, "en"), (officer, "ja")):  # both see the place free
            page.goto(f"/{language}/events/{slug}/register/")
            page.locator("#id_organisation").select_option(index=1)
            page.locator(f"input[name=sessions][value='{visit.pk}']").check()
        manager.locator("form button[type=submit]").last.click()
        officer.locator("form button[type=submit]").last.click()
        manager.wait_for_url("**/events/my-agenda/")
        officer.wait_for_url("**/events/my-agenda/")
        seen.update(manager_agenda=manager.content(), officer_agenda=officer.content())
        manager.get_by_role("button", name="Cancel my registration").click()
        manager.wait_for_url("**/events/my-agenda/")
        officer.reload()
        seen["officer_after"] = officer.content()
        screenshot(officer, "events-agenda-moved-up-ja")
        return seen

    seen = in_browser(register_both, live_server.url, cookies=[manager_cookie])
    assert "10:00 CEST</time>" in seen["manager"] and "other-zone" not in seen["manager"]
    assert "10:00 CEST</time> <span class=\"other-zone\">(17:00 JST)</span>" in seen["officer"]
    assert "開会全体会議" in seen["officer"]
    assert "You are registered." in seen["manager_agenda"]
    assert "「ストラスブール港視察」は満席のため、キャンセル待ちに登録されました。" in seen["officer_agenda"]
    assert "ストラスブール港視察 — 確定" in seen["officer_after"]
    assert SessionChoice.objects.get(session=visit).registration.user == prefecture_officer
    assert Registration.objects.get(user=cluster_manager).status == "cancelled"

    def export_and_print(page):
        page.goto(f"/en/events/{slug}/registrations/")
        screenshot(page, "events-participant-list")
        with page.expect_download() as download:
            page.get_by_role("link", name="CSV").click()
        csv_text = Path(download.value.path()).read_text(encoding="utf-8")
        with page.expect_download() as download:
            page.get_by_role("link", name="XLSX").click()
        with open(download.value.path(), "rb") as xlsx:  # saved without its name's extension
            xlsx_rows = [[cell.value for cell in row] for row in load_workbook(xlsx, read_only=True).active.iter_rows()]
        badges = page.request.get(page.get_by_role("link", name="Name badges (PDF, confirmed participants)")
                                  .get_attribute("href"))
        return csv_text, xlsx_rows, badges.headers["content-type"], badges.body()

    csv_text, xlsx_rows, content_type, pdf = in_browser(export_and_print, live_server.url,
                                                        cookies=[session_cookie(organiser, live_server.url)])
    assert prefecture_officer.email in csv_text and cluster_manager.email in csv_text
    assert sorted((row[2], row[6]) for row in xlsx_rows[1:]) == sorted([
        (cluster_manager.email, "Cancelled"), (prefecture_officer.email, "Confirmed")])
    assert (content_type, pdf[:5]) == ("application/pdf", b"%PDF-")
    assert b"NotoSansCJK" in pdf  # the Japanese names' font is embedded in the badges
