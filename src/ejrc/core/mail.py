"""E-mail to people in their own language, through an outbox so that no message is lost.

``send_mail_to`` renders each message in its recipient's language straight away and keeps it
as an :class:`~ejrc.core.models.OutgoingMail` row in the caller's transaction: a rolled-back
change leaves no mail, a committed one always has its mail. After the commit a task sends each
row and marks it sent; SMTP errors are retried with backoff, and a periodic sweep queues again
whatever is still waiting, so an outage of the mail server delays mail and loses none.
"""

import base64
from datetime import timedelta

from celery.schedules import crontab
from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template import Context
from django.template.loader import get_template
from django.urls import reverse
from django.utils import timezone, translation

from ejrc.core.models import OutgoingMail
from ejrc.core.tasks import enqueue, task

# A message still waiting this long after its last attempt is queued again by the sweep.
WAITING_MINUTES = 10


def send_mail_to(recipients, *, template, context, link=None):
    """Queue one e-mail per recipient, in the recipient's language, sent after commit.

    ``recipients``: users (their ``email`` and ``preferred_language``) or ``(address, language)``
    pairs; blank addresses are dropped, and an address given twice gets one message. ``template`` names the calling app's pair
    ``<template>_subject.txt`` and ``<template>_body.txt``, e.g. ``"directory/email/revision_approved"``;
    both are plain text, never HTML-escaped. ``link`` is ``(viewname, kwargs)``: it becomes
    ``url`` in the context, an absolute address in the recipient's language.
    """
    languages = {}
    for address, language in map(_address, recipients):
        if address:
            languages.setdefault(address, language)
    mails = [_render(address, language, template, context, link) for address, language in languages.items()]
    for mail in mails:
        mail.save()
        enqueue(deliver_mail, mail.pk)
    return mails


def send_rendered_mail(*, to, subject, body, language, template="", attachments=()):
    """Queue a message rendered already (by allauth, or by an app for one person with its own
    files), through the outbox. ``attachments``: ``(file name, bytes, content type)`` triples."""
    mail = OutgoingMail.objects.create(to=to, language=language or settings.LANGUAGE_CODE, template=template,
                                       subject=" ".join(subject.split())[:500], body=body,
                                       attachments=[_stored(*attachment) for attachment in attachments])
    enqueue(deliver_mail, mail.pk)
    return mail


def site_url(viewname, **kwargs):
    """A link for e-mails in the active language (absolute with ``EJRC_SITE_URL``)."""
    return settings.EJRC_SITE_URL.rstrip("/") + reverse(viewname, kwargs=kwargs)


@task(name="core.deliver_mail", max_retries=10, kind="mail")
def deliver_mail(mail_id):
    """Hand one outbox message to the mail server, unless it was sent already."""
    error = _send(mail_id)
    if error is not None:
        raise error


@task(name="core.send_waiting_mail", schedule=crontab(minute="*/15"), kind="mail")
def send_waiting_mail():
    """Queue again every message still waiting (a lost queue message, a long SMTP outage)."""
    return requeue_waiting_mail()


def requeue_waiting_mail(*, now=None):
    """Queue each unsent message whose last attempt is over ``WAITING_MINUTES`` old; how many."""
    cutoff = (now or timezone.now()) - timedelta(minutes=WAITING_MINUTES)
    waiting = list(OutgoingMail.objects.filter(sent_at=None, updated__lt=cutoff).values_list("pk", flat=True))
    for mail_id in waiting:
        enqueue(deliver_mail, mail_id)
    return len(waiting)


def _address(recipient):
    if isinstance(recipient, tuple):
        address, language = recipient
    else:
        address, language = recipient.email, recipient.preferred_language
    return address, language or settings.LANGUAGE_CODE


def _render(address, language, template, context, link):
    with translation.override(language):
        context = dict(context, url=site_url(link[0], **link[1])) if link else dict(context)
        subject = _render_text(f"{template}_subject.txt", context)
        body = _render_text(f"{template}_body.txt", context).strip() + "\n"
    return OutgoingMail(
        to=address, language=language, template=template, subject=" ".join(subject.split())[:500], body=body
    )


def _stored(name, content, content_type):
    return {"name": name, "content_type": content_type, "base64": base64.b64encode(content).decode("ascii")}


def _render_text(name, context):
    """Plain text: the template's own engine, without HTML auto-escaping."""
    return get_template(name).template.render(Context(context, autoescape=False))


def _send(mail_id):
    """Send under a row lock, so two deliveries of one message never both send it."""
    with transaction.atomic():
        mail = OutgoingMail.objects.select_for_update().filter(pk=mail_id, sent_at=None).first()
        if mail is None:
            return None
        mail.attempts += 1
        try:
            message = EmailMessage(mail.subject, mail.body, None, [mail.to])
            for attachment in mail.attachments:
                message.attach(attachment["name"], base64.b64decode(attachment["base64"]), attachment["content_type"])
            message.send()
        except OSError as error:  # smtplib's errors and refused or broken connections
            mail.last_error = f"{type(error).__name__}: {error}"
            mail.save(update_fields=["attempts", "last_error", "updated"])
            return error
        mail.sent_at = timezone.now()
        mail.save(update_fields=["attempts", "sent_at", "updated"])
    return None
