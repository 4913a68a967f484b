"""The issue's journey in a real browser: a European cluster manager asks a Japanese prefecture
officer for a meeting and she accepts; the organiser runs the scheduler, reads its figures and
publishes; both download their agendas (.ics and PDF); then the manager cancels, another
participant becomes unavailable, the organiser re-plans with moves allowed, and only the
affected meeting moves."""

from pathlib import Path

import pytest
from browser_support import in_browser, screenshot, session_cookie
from meetings.factories import accepted, b2b_event, participants

from ejrc.events.models import Registration
from ejrc.meetings.domain.requests import set_unavailable
from ejrc.meetings.domain.setup import join_all
from ejrc.meetings.models import Meeting, MeetingStatus

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_request_accept_schedule_publish_download_cancel_and_replan(live_server, organiser, cluster_manager,
                                                                     prefecture_officer):
    event = b2b_event(organiser=organiser, slug="gifu-b2b-journey", tables=2)
    for person in (cluster_manager, prefecture_officer):
        Registration.objects.create(event=event, user=person, organisation=person.memberships.get().organisation,
                                    status="confirmed")
    join_all(event=event)
    others = participants(event, 4)  # eu, jp, eu, jp with meetings of their own
    kept = [accepted(others[0], others[1]), accepted(others[2], others[3]), accepted(others[0], others[3])]
    manager_p = event.b2b_participants.get(user=cluster_manager)
    officer_p = event.b2b_participants.get(user=prefecture_officer)
    slug, base = event.slug, live_server.url
    downloads = {}
    officer_cookie = session_cookie(prefecture_officer, base)

    def request_and_accept(manager):
        manager.goto(f"/en/b2b/{slug}/")
        manager.locator(f"a[href$='/participants/{officer_p.pk}/request/']").first.click()
        manager.locator("#id_priority").select_option("must")
        manager.locator("#id_message").fill("Hydrogen buses for Gifu?")
        manager.get_by_role("button", name="Send the request").click()
        manager.wait_for_url("**/requests/")
        officer_context = manager.context.browser.new_context(base_url=base, locale="ja-JP", timezone_id="Asia/Tokyo")
        officer_context.add_cookies([officer_cookie])
        officer = officer_context.new_page()
        officer.goto(f"/ja/b2b/{slug}/requests/")
        screenshot(officer, "b2b-request-received-ja")
        officer.locator("button[value=accept]").click()
        officer.wait_for_url("**/requests/")
        return officer.content()

    accepted_page = in_browser(request_and_accept, base, cookies=[session_cookie(cluster_manager, base)])
    assert "承諾しました" in accepted_page

    def schedule_and_publish(page, allow_moves=False):
        page.goto(f"/en/b2b/{slug}/runs/")
        page.locator("#id_time_limit").fill("3")
        if allow_moves:
            page.locator("#id_allow_moves").check()
        page.get_by_role("button", name="Start a scheduling run").click()
        page.wait_for_url("**/runs/*/")
        page.get_by_text("Meetings held").wait_for()
        seen = page.content()
        screenshot(page, "b2b-draft-after-run" + ("-replanned" if allow_moves else ""))
        page.get_by_role("button", name="Publish this schedule").click()
        page.get_by_text("The schedule is published").wait_for()
        return seen

    organiser_cookie = session_cookie(organiser, base)
    first_draft = in_browser(schedule_and_publish, base, cookies=[organiser_cookie])
    assert "Weight held / bound" in first_draft and "Breaks / lower bound" in first_draft
    assert "4 / 4" in first_draft  # all four meetings held
    published = {m.pk: (m.slot_id, m.table) for m in Meeting.objects.all()}
    assert all(slot for slot, _table in published.values())

    def download_agenda(language, name):
        def journey(page):
            page.goto(f"/{language}/b2b/{slug}/agenda/")
            screenshot(page, f"b2b-agenda-{language}")
            content = page.content()
            with page.expect_download() as ics:
                page.locator(f"a[href$='/agenda.ics']").click()
            with page.expect_download() as pdf:
                page.locator(f"a[href$='/agenda.pdf']").click()
            downloads[name] = (Path(ics.value.path()).read_bytes(), Path(pdf.value.path()).read_bytes())
            return content
        return journey

    manager_agenda = in_browser(download_agenda("en", "manager"), base, cookies=[session_cookie(cluster_manager, base)])
    officer_agenda = in_browser(download_agenda("ja", "officer"), base, locale="ja-JP", timezone_id="Asia/Tokyo",
                                cookies=[officer_cookie])
    assert str(prefecture_officer) in manager_agenda and "CEST" in manager_agenda
    assert "自分のB2Bアジェンダ" in officer_agenda and "JST" in officer_agenda
    for ics, pdf in downloads.values():
        assert b"BEGIN:VEVENT" in ics and b"TZID=Europe/Paris" in ics and pdf.startswith(b"%PDF-")

    def cancel(page):
        page.goto(f"/en/b2b/{slug}/agenda/")
        page.get_by_role("button", name="Cancel this meeting").click()
        page.get_by_text("The meeting is cancelled").wait_for()

    in_browser(cancel, base, cookies=[session_cookie(cluster_manager, base)])
    cancelled = Meeting.objects.get(seats__participant=manager_p)
    assert cancelled.status == MeetingStatus.CANCELLED
    affected = kept[0]
    set_unavailable(actor=others[1].user, participant=others[1], slot_ids=[published[affected.pk][0]])

    replanned = in_browser(lambda page: schedule_and_publish(page, allow_moves=True), base, cookies=[organiser_cookie])
    assert "What moved, and why" in replanned and "a participant is unavailable in that slot" in replanned
    after = {m.pk: (m.slot_id, m.table) for m in Meeting.objects.filter(status=MeetingStatus.ACTIVE)}
    assert after[affected.pk][0] != published[affected.pk][0]
    for meeting in kept[1:]:
        assert after[meeting.pk] == published[meeting.pk]
