"""allauth's own e-mails (address confirmation, password reset) go through the core outbox."""

import socket

from django.core import mail

from directory.factories import UserFactory

from ejrc.core.models import OutgoingMail


def closed_port():
    """A loopback port where no mail server listens: connecting is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_password_reset_mail_is_kept_in_the_outbox_and_sent(client, db, django_capture_on_commit_callbacks):
    user = UserFactory(email="reset@example.org", preferred_language="ja")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/ja/accounts/password/reset/", {"email": user.email})
    assert response.status_code == 302
    kept = OutgoingMail.objects.get(to=user.email)
    assert kept.sent_at is not None and kept.template == "account/email/password_reset_key"
    assert [message.to for message in mail.outbox] == [[user.email]]
    assert "/ja/accounts/password/reset/key/" in mail.outbox[0].body


def test_a_mail_server_outage_delays_the_reset_mail_and_fails_no_request(
    client, db, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", closed_port(), 2
    user = UserFactory(email="outage@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/accounts/password/reset/", {"email": user.email})
    assert response.status_code == 302  # the person is told to check their mail, as usual
    waiting = OutgoingMail.objects.get(to=user.email)
    assert waiting.sent_at is None and waiting.attempts == 1 and waiting.last_error
