"""The helpdesk journey in a real browser: a Japanese visitor sends an inquiry in Japanese, it
reaches the Gifu office, a Gifu staff member signs in with password and second factor, replies
and publishes the answer as a FAQ entry, and the visitor reads the reply through the private
link of the e-mail, then finds the entry in the public FAQ."""

import re
from urllib.parse import urlparse

import pytest
from accounts.totp import totp_code
from browser_support import in_browser, screenshot
from directory.factories import STAFF_TOTP_SECRET, StaffUserFactory, country, offices, prefecture, region

from ejrc.core.models import OutgoingMail
from ejrc.helpdesk.models import Inquiry, InquiryStatus

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
QUESTION = "岐阜県関市の刃物メーカーです。フランスで販売代理店を探しています。どのクラスターに相談すればよいですか。"
ANSWER = "お問い合わせありがとうございます。グランテストの金属加工クラスターをご紹介します。"
PASSWORD = "a-good-password-1"


def send_the_inquiry(page):
    page.goto("/ja/")
    page.get_by_role("link", name="ヘルプデスクに質問する").click()
    page.select_option("#id_topic", "partner_search")
    page.check("input[name=side][value=japan]")
    page.select_option("#id_country", "JP")
    page.select_option("#id_prefecture", "JP-21")
    page.fill("#id_name", "関 花子")
    page.fill("#id_email", "hanako@seki.example.jp")
    page.fill("#id_message", QUESTION)
    screenshot(page, "helpdesk-1-inquiry-form-ja")
    page.get_by_role("button", name="お問い合わせを送信").click()
    page.wait_for_url("**/ja/helpdesk/track/*/")
    screenshot(page, "helpdesk-2-sent-ja")
    return page.locator("main").inner_text()


def reply_as_gifu_staff(email):
    def journey(page):
        page.goto("/ja/accounts/login/")
        page.fill("#id_login", email)
        page.fill("#id_password", PASSWORD)
        page.locator("form button[type=submit]").last.click()
        page.wait_for_url("**/accounts/2fa/authenticate/")
        page.fill("#id_code", totp_code(STAFF_TOTP_SECRET))
        page.locator("main form button[type=submit]").first.click()
        page.wait_for_load_state()
        page.locator("summary", has_text="ヘルプデスク").click()
        page.get_by_role("link", name="お問い合わせ", exact=True).click()
        page.wait_for_url("**/ja/helpdesk/inbox/")
        screenshot(page, "helpdesk-3-inbox-gifu-ja")
        inbox = page.locator("main").inner_text()
        page.locator("tr.inquiry-row a").first.click()
        page.fill("#id_reply-body", ANSWER)
        page.get_by_role("button", name="返信を送る").click()
        page.wait_for_selector(".message.success")
        screenshot(page, "helpdesk-4-replied-ja")
        page.get_by_role("link", name="FAQ項目として公開").click()
        page.fill("#id_question_ja", "フランスで販売代理店を探すには？")
        page.fill("#id_question_en", "How do I find a distributor in France?")
        page.fill("#id_answer_en", "We introduce you to the metalworking cluster of Grand Est.")
        page.check("#id_published")
        page.get_by_role("button", name="保存").click()
        page.wait_for_selector(".message.success")
        page.goto("/ja/helpdesk/dashboard/")
        screenshot(page, "helpdesk-6-dashboard-ja")
        return inbox
    return journey


def read_the_reply(path):
    def journey(page):
        page.goto(path)
        page.wait_for_selector(".from-helpdesk")
        screenshot(page, "helpdesk-5-reply-read-ja")
        text = page.locator("main").inner_text()
        page.goto("/en/helpdesk/faq/")
        page.fill("#id_q", "distributor")
        page.get_by_role("button", name="Search").click()
        screenshot(page, "helpdesk-7-faq-en")
        return text, page.locator("main").inner_text()
    return journey


def test_a_japanese_visitor_asks_gifu_answers_and_the_visitor_reads_the_reply(live_server):
    helpdesk = offices()
    country("JP"), country("FR"), region("FRF", "Grand Est", "FR")
    prefecture("JP-21"), prefecture("JP-03")
    staff = StaffUserFactory(office=helpdesk["gifu"], email="tanaka@gifu.example.jp", name="Tanaka",
                             name_ja="田中", preferred_language="ja")
    staff.emailaddress_set.create(email=staff.email, verified=True, primary=True)
    StaffUserFactory(office=helpdesk["iwate"])

    sent = in_browser(send_the_inquiry, live_server.url, locale="ja-JP", timezone_id="Asia/Tokyo")
    inquiry = Inquiry.objects.get()
    assert inquiry.office.code == "gifu" and inquiry.language == "ja" and inquiry.message == QUESTION
    assert inquiry.reference in sent and "岐阜事務所" in sent
    confirmation = OutgoingMail.objects.get(to="hanako@seki.example.jp")
    assert confirmation.language == "ja" and "ヘルプデスクに届きました" in confirmation.subject

    inbox = in_browser(reply_as_gifu_staff(staff.email), live_server.url, locale="ja-JP", timezone_id="Asia/Tokyo")
    assert inquiry.reference in inbox and "関 花子" in inbox
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.ANSWERED

    reply_mail = OutgoingMail.objects.get(to="hanako@seki.example.jp", template="helpdesk/email/reply")
    assert reply_mail.language == "ja" and ANSWER in reply_mail.body
    link = urlparse(re.search(r"https?://\S+/helpdesk/track/\S+/", reply_mail.body).group(0)).path
    read, faq = in_browser(read_the_reply(link), live_server.url, locale="ja-JP", timezone_id="Asia/Tokyo")
    assert ANSWER in read and QUESTION in read and "回答済み" in read
    assert "How do I find a distributor in France?" in faq and "Partner search" in faq
    assert "関 花子" not in faq and "hanako@seki.example.jp" not in faq
