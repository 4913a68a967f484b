"""Mail through the outbox: one message per recipient in their language, none lost in an outage."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from smtp_support import MailServer

from ejrc.core.mail import requeue_waiting_mail, send_mail_to, send_rendered_mail
from ejrc.core.models import FailedTask, OutgoingMail

AWKWARD = "R&D <Lab> O'Brien"


@pytest.fixture
def smtp(settings):
    """A real SMTP server on loopback, and the site sending to it."""
    server = MailServer()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", server.port, 5
    server.start()
    yield server
    server.stop()


def greet(recipients):
    return send_mail_to(recipients, template="tests/email/greeting", context={"name": AWKWARD},
                        link=("home", {}))


def test_each_recipient_gets_one_message_in_their_language(db, smtp, test_templates, after_commit):
    japanese = get_user_model().objects.create_user(email="tanaka@example.jp", password="x" * 12,
                                                   preferred_language="ja")
    with after_commit():
        greet([japanese, ("office@example.eu", "en"), ("office@example.eu", "ja"), ("", "en")])
    assert sorted(message["To"] for message in smtp.messages) == ["office@example.eu", "tanaka@example.jp"]
    by_address = {message["To"]: message for message in smtp.messages}
    assert by_address["office@example.eu"]["Subject"] == f"Japanese: {AWKWARD}"
    assert by_address["tanaka@example.jp"]["Subject"] == f"日本語: {AWKWARD}"
    assert by_address["tanaka@example.jp"].get_content().strip() == f"{AWKWARD}: http://127.0.0.1:8000/ja/"
    assert OutgoingMail.objects.filter(sent_at=None).count() == 0


def test_a_rolled_back_change_sends_nothing(db, smtp, test_templates, after_commit):
    with after_commit(), pytest.raises(RuntimeError), transaction.atomic():
        greet([("office@example.eu", "en")])
        raise RuntimeError("the change fails")
    assert smtp.messages == [] and not OutgoingMail.objects.exists()


def test_an_smtp_outage_delays_mail_and_loses_none(db, smtp, test_templates, after_commit):
    smtp.stop()
    with after_commit():
        greet([("office@example.eu", "en")])
    waiting = OutgoingMail.objects.get()
    assert waiting.sent_at is None and waiting.attempts == 1
    assert "Connection refused" in waiting.last_error or "ConnectionRefusedError" in waiting.last_error
    assert FailedTask.objects.get().name == "core.deliver_mail"  # without a broker: at once
    with after_commit():  # the periodic sweep, too early: the message was just tried
        assert requeue_waiting_mail() == 0
    smtp.start()
    later = timezone.now() + timedelta(minutes=11)
    with after_commit():
        assert requeue_waiting_mail(now=later) == 1
    with after_commit():
        assert requeue_waiting_mail(now=later + timedelta(minutes=11)) == 0
    assert [message["To"] for message in smtp.messages] == ["office@example.eu"]
    waiting.refresh_from_db()
    assert waiting.sent_at is not None and waiting.attempts == 2


def test_staff_see_the_outbox_and_can_send_a_waiting_message_now(admin_client, smtp, test_templates, after_commit):
    smtp.stop()
    with after_commit():
        greet([("office@example.eu", "en")])
    page = admin_client.get("/en/admin/core/outgoingmail/").content.decode()
    assert "office@example.eu" in page and "Connection" in page
    smtp.start()
    waiting = OutgoingMail.objects.get()
    with after_commit():
        admin_client.post("/en/admin/core/outgoingmail/", {"action": "send_now", "_selected_action": [waiting.pk]})
    assert len(smtp.messages) == 1


def test_attachments_wait_in_the_outbox_and_leave_with_the_message(db, smtp, after_commit):
    smtp.stop()
    with after_commit():
        send_rendered_mail(to="participant@example.jp", subject="Agenda", body="See the file.", language="ja",
                           attachments=[("forum.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")])
    waiting = OutgoingMail.objects.get()
    assert waiting.sent_at is None and waiting.attachments[0]["name"] == "forum.ics"
    smtp.start()
    with after_commit():
        assert requeue_waiting_mail(now=timezone.now() + timedelta(minutes=11)) == 1
    (message,) = smtp.messages
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_filename() == "forum.ics" and attachment.get_content_type() == "text/calendar"
    assert "BEGIN:VCALENDAR" in attachment.get_content()
