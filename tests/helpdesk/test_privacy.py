"""Inquiries are personal data: in "download my data", erased with the account, erased two years
after closing by the retention rule, and from the back office on request."""

import os
from datetime import timedelta

import pytest
from directory.factories import UserFactory
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from helpdesk.factories import send

from ejrc.accounts.domain.privacy import delete_account, export_personal_data
from ejrc.core.retention import apply_retention
from ejrc.helpdesk.domain import inquiries
from ejrc.helpdesk.domain.dashboard import dashboard
from ejrc.helpdesk.models import FaqEntry, Inquiry, InquiryMessage

pytestmark = pytest.mark.django_db


def test_a_person_downloads_their_inquiries_without_the_staffs_notes(places, staff):
    person = UserFactory(email="person@example.org")
    inquiry = send(places, email="Person@example.org", message="My question.")
    inquiries.reply(actor=staff["strasbourg"][0], inquiry=inquiry, body="The answer.")
    inquiries.add_note(actor=staff["strasbourg"][0], inquiry=inquiry, body="Staff only.")
    data = export_personal_data(actor=person, user=person)["helpdesk"]["helpdesk_inquiries"]
    assert [(i["reference"], i["message"]) for i in data] == [(inquiry.reference, "My question.")]
    assert [m["body"] for m in data[0]["thread"]] == ["The answer."]


def test_deleting_the_account_erases_the_inquiries_and_the_link_stops_working(client, places, staff,
                                                                             django_capture_on_commit_callbacks):
    person = UserFactory(email="person@example.org")
    inquiry = send(places, email="person@example.org", name="Pat",
                   attachment=SimpleUploadedFile("a.pdf", b"%PDF-1.4\n%%EOF\n"))
    reply = inquiries.reply(actor=staff["strasbourg"][0], inquiry=inquiry, body="The answer.")
    entry = FaqEntry.objects.create(topic="funding", question_en="Q?", answer_en="A.", source=reply, published=True)
    stored = inquiry.attachment.path
    token = inquiry.token
    with django_capture_on_commit_callbacks(execute=True):
        delete_account(actor=person, user=person)
    inquiry.refresh_from_db()
    assert (inquiry.name, inquiry.email, inquiry.message, inquiry.attachment.name) == ("", "", "", "")
    assert inquiry.anonymised_at is not None and inquiry.status == "closed"
    assert not InquiryMessage.objects.filter(inquiry=inquiry).exists()
    assert client.get(f"/en/helpdesk/track/{token}/").status_code == 404
    assert not os.path.exists(stored)
    entry.refresh_from_db()
    assert entry.source is None and entry.published  # the FAQ stays: it was written anew
    assert dashboard()["total"]["open"] == 0


def test_the_retention_rule_erases_inquiries_closed_over_two_years_ago_only(places, staff):
    old, recent, still_open = (send(places, message=f"Question {n}") for n in range(3))
    for inquiry in (old, recent):
        inquiries.close(actor=staff["strasbourg"][0], inquiry=inquiry)
    Inquiry.objects.filter(pk=old.pk).update(closed_at=timezone.now() - timedelta(days=731))
    Inquiry.objects.filter(pk=still_open.pk).update(created=timezone.now() - timedelta(days=1000))
    assert apply_retention()["helpdesk_inquiries"] == 1
    assert [i.message for i in Inquiry.objects.order_by("pk")] == ["", "Question 1", "Question 2"]
    assert apply_retention()["helpdesk_inquiries"] == 0  # once


def test_the_privacy_notice_names_the_rule_in_both_languages(client):
    assert "Inquiries to the helpdesk" in client.get("/en/privacy/").content.decode()
    assert "ヘルプデスクへのお問い合わせ" in client.get("/ja/privacy/").content.decode()


def test_staff_erase_an_inquiry_on_request_from_the_back_office(client, places, admin_user):
    inquiry = send(places, message="Forget me.")
    client.force_login(admin_user)
    response = client.post("/en/admin/helpdesk/inquiry/", {"action": "erase", "_selected_action": [inquiry.pk]})
    assert response.status_code == 302
    inquiry.refresh_from_db()
    assert inquiry.message == "" and inquiry.anonymised_at is not None
