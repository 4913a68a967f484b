"""Exact query counts of the helpdesk's list pages, with one row and with several."""

import pytest
from helpdesk.factories import send

from ejrc.helpdesk.domain import inquiries
from ejrc.helpdesk.domain.faq import save_faq_entry
from ejrc.helpdesk.models import FaqEntry

pytestmark = pytest.mark.django_db

# Signed in as staff: session, user, second factor. Then the inbox: the viewer's office, the
# model permissions (is this a manager of every office? two queries), colleagues, count, page;
# the FAQ and its editor: the entries.
PAGES = [("/{language}/helpdesk/inbox/", 9, "inquiry-row"),
         ("/{language}/helpdesk/inbox/?status=open&topic=funding", 9, "inquiry-row"),
         ("/{language}/helpdesk/faq/", 4, "faq-entry"), ("/{language}/helpdesk/faq/?q=question", 4, "faq-entry"),
         ("/{language}/helpdesk/faq/manage/", 4, "faq-row")]


def fill(places, staff, start, count):
    me, colleague = staff["strasbourg"]
    for n in range(start, start + count):
        inquiry = send(places, topic="funding", name=f"Sender {n}")
        inquiries.assign(actor=me, inquiry=inquiry, assignee=colleague if n % 2 else me)
        save_faq_entry(actor=me, entry=FaqEntry(), data={
            "topic": ["funding", "events"][n % 2], "question_en": f"Question {n}?", "answer_en": f"Answer {n}.",
            "question_ja": f"質問{n}？", "answer_ja": f"回答{n}。", "published": True})


@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("url, queries, row", PAGES)
def test_a_constant_number_of_queries(client, places, staff, django_assert_num_queries, url, queries, row, language):
    client.force_login(staff["strasbourg"][0])
    url = url.format(language=language)
    fill(places, staff, 0, 1)
    with django_assert_num_queries(queries):
        page = client.get(url).content.decode()
    assert page.count(f'class="{row}') == 1
    fill(places, staff, 1, 6)
    with django_assert_num_queries(queries):
        page = client.get(url).content.decode()
    assert page.count(f'class="{row}') == 7


def test_the_public_faq_takes_one_query_for_a_visitor(client, places, staff, django_assert_num_queries):
    fill(places, staff, 0, 3)
    with django_assert_num_queries(1):
        assert client.get("/ja/helpdesk/faq/").content.decode().count('class="faq-entry') == 3


def converse(inquiry, staff, count):
    me = staff["strasbourg"][0]
    for n in range(count):
        inquiries.reply(actor=me, inquiry=inquiry, body=f"Reply {n}")
        inquiries.add_note(actor=me, inquiry=inquiry, body=f"Note {n}")
        inquiries.write_back(inquiry=inquiry, body=f"Back {n}")


def test_the_staff_page_of_an_inquiry_in_constant_queries(client, inquiry, staff, django_assert_num_queries):
    client.force_login(staff["strasbourg"][0])
    url = f"/en/helpdesk/inbox/{inquiry.reference}/"
    converse(inquiry, staff, 1)
    # session, user, second factor, the inquiry, its messages with authors, colleagues (assign),
    # the other offices (hand-over)
    with django_assert_num_queries(7):
        assert client.get(url).content.decode().count('class="message-item kind-') == 3
    converse(inquiry, staff, 4)
    with django_assert_num_queries(7):
        assert client.get(url).content.decode().count('class="message-item kind-') == 15


def test_the_senders_page_in_constant_queries(client, inquiry, staff, django_assert_num_queries):
    url = f"/ja/helpdesk/track/{inquiry.token}/"
    converse(inquiry, staff, 1)
    with django_assert_num_queries(2):  # the inquiry, its messages without the notes
        assert client.get(url).content.decode().count('class="message-item from-') == 3
    converse(inquiry, staff, 4)
    with django_assert_num_queries(2):
        page = client.get(url).content.decode()
    assert page.count('class="message-item from-') == 11 and "Note" not in page
