"""The public FAQ: entries staff write from a reply and publish, grouped by topic, searchable in
both languages, never showing the sender."""

import pytest

from ejrc.helpdesk.domain import inquiries
from ejrc.helpdesk.models import FaqEntry

pytestmark = pytest.mark.django_db

ENTRY = {"topic": "partner_search", "question_en": "How do I find a distributor in Europe?",
         "answer_en": "Search the directory, then publish an opportunity.",
         "question_ja": "欧州で販売代理店を探すには？", "answer_ja": "ディレクトリを検索し、案件を掲載してください。",
         "published": "on"}


def test_staff_start_an_entry_from_a_reply_and_publish_it_without_the_sender(client, japanese_inquiry, staff):
    gifu = staff["gifu"][0]
    reply = inquiries.reply(actor=gifu, inquiry=japanese_inquiry, body="ディレクトリを検索してください。")
    client.force_login(gifu)
    page = client.get(f"/ja/helpdesk/faq/new/?reply={reply.pk}").content.decode()
    assert "ディレクトリを検索してください。" in page  # the answer starts as the reply
    assert "hanako@example.jp" not in page and japanese_inquiry.message not in page
    response = client.post(f"/ja/helpdesk/faq/new/?reply={reply.pk}", ENTRY)
    entry = FaqEntry.objects.get()
    assert response.status_code == 302 and entry.published and entry.source == reply
    client.logout()
    public = client.get("/en/helpdesk/faq/").content.decode()
    assert "How do I find a distributor in Europe?" in public and "パートナー" not in public
    assert "Partner search" in public
    for secret in ("hanako@example.jp", japanese_inquiry.message, japanese_inquiry.reference):
        assert secret not in public
    assert "欧州で販売代理店を探すには？" in client.get("/ja/helpdesk/faq/").content.decode()


def test_a_reply_of_an_office_one_may_not_read_starts_an_empty_entry(client, japanese_inquiry, staff):
    reply = inquiries.reply(actor=staff["gifu"][0], inquiry=japanese_inquiry, body="Private words.")
    client.force_login(staff["strasbourg"][0])
    assert "Private words." not in client.get(f"/en/helpdesk/faq/new/?reply={reply.pk}").content.decode()


def test_an_unpublished_entry_is_not_public_and_a_published_one_needs_a_question_and_answer(client, staff):
    client.force_login(staff["strasbourg"][0])
    client.post("/en/helpdesk/faq/new/", {**ENTRY, "published": ""})
    assert "distributor" not in client.get("/en/helpdesk/faq/").content.decode()
    page = client.post("/en/helpdesk/faq/new/", {"topic": "funding", "question_en": "Only a question?",
                                                 "published": "on"})
    assert "A published entry needs a question and its answer in at least one language." in page.content.decode()
    assert FaqEntry.objects.count() == 1


def test_the_faq_is_grouped_by_topic_and_searchable_in_both_languages(client, staff):
    client.force_login(staff["strasbourg"][0])
    client.post("/en/helpdesk/faq/new/", ENTRY)
    client.post("/en/helpdesk/faq/new/", {"topic": "funding", "question_en": "Is there funding for a mission?",
                                          "answer_en": "Yes: several programmes.", "question_ja": "助成はありますか？",
                                          "answer_ja": "はい、複数の制度があります。", "published": "on"})
    client.logout()
    page = client.get("/en/helpdesk/faq/").content.decode()
    everything = page[page.index("<main"):]  # the header's menu has its own "Funding"
    assert everything.index("Partner search") < everything.index("Funding")  # the topics' own order
    for query, found, hidden in [("助成", "funding for a mission", "distributor"),
                                 ("DISTRIBUTOR", "distributor", "funding for a mission"),
                                 ("ｄｉｓｔｒｉｂｕｔｏｒ", "distributor", "funding for a mission")]:
        page = client.get("/en/helpdesk/faq/", {"q": query}).content.decode()
        assert found in page and hidden not in page, query
    assert "No answer matches yet." in client.get("/en/helpdesk/faq/", {"q": "zzzz"}).content.decode()


def test_script_in_an_entry_is_shown_as_text(client, staff):
    client.force_login(staff["strasbourg"][0])
    client.post("/en/helpdesk/faq/new/", {**ENTRY, "question_en": "<script>alert(1)</script>",
                                          "answer_en": "<img src=x onerror=alert(2)>"})
    page = client.get("/en/helpdesk/faq/").content.decode()
    assert "<script>alert(1)" not in page and "<img src=x" not in page and "&lt;img src=x" in page
