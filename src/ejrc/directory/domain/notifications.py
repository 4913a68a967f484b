"""E-mails of the directory, each rendered in its recipient's language and sent after commit."""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from ejrc.accounts.models import User
from ejrc.directory.models import Membership


def site_url(viewname, **kwargs):
    """A link for e-mails in the active language (absolute when ``EJRC_SITE_URL`` is configured)."""
    return settings.EJRC_SITE_URL.rstrip("/") + reverse(viewname, kwargs=kwargs)


def office_recipients(office):
    """The office's shared address (in the office's working language) and each of its staff."""
    recipients = [(office.email, "en" if office.covers_europe else "ja")]
    staff = User.objects.filter(office=office, is_active=True)
    return recipients + [(user.email, user.preferred_language) for user in staff]


def admin_recipients(organisation):
    admins = User.objects.filter(
        memberships__organisation=organisation, memberships__role=Membership.Role.ADMIN, is_active=True
    )
    return [(user.email, user.preferred_language) for user in admins]


def member_recipients(organisation):
    members = User.objects.filter(memberships__organisation=organisation, is_active=True)
    return [(user.email, user.preferred_language) for user in members]


def notify(recipients, template, context, link=None):
    """Queue one e-mail per recipient, rendered from ``directory/email/<template>_subject|body.txt``.

    ``link`` is ``(viewname, kwargs)``: it becomes ``url`` in the recipient's language. Sending
    waits for the surrounding transaction to commit, so a rolled-back change mails nobody.
    """
    unique = list(dict.fromkeys((email, language) for email, language in recipients if email))

    def send():
        for email, language in unique:
            with translation.override(language or settings.LANGUAGE_CODE):
                if link:
                    context["url"] = site_url(link[0], **link[1])
                subject = render_to_string(f"directory/email/{template}_subject.txt", context)
                body = render_to_string(f"directory/email/{template}_body.txt", context)
            send_mail(" ".join(subject.split()), body, None, [email])

    transaction.on_commit(send)
