"""E-mails of partnering, each rendered in its recipient's language and sent after commit.

Recipients are ``(address, language)`` pairs (see ``ejrc.directory.domain.notifications``
for the office's, admins' and members' lists).
"""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from ejrc.directory.domain.notifications import site_url


def notify(recipients, template, context, link=None):
    """Queue one e-mail per recipient from ``partnering/email/<template>_subject|body.txt``.

    ``link`` is ``(viewname, kwargs)``; it becomes ``url`` in the recipient's language.
    """
    unique = list(dict.fromkeys((email, language) for email, language in recipients if email))

    def send():
        for email, language in unique:
            with translation.override(language or settings.LANGUAGE_CODE):
                mail_context = dict(context)
                if link:
                    mail_context["url"] = site_url(link[0], **link[1])
                subject = render_to_string(f"partnering/email/{template}_subject.txt", mail_context)
                body = render_to_string(f"partnering/email/{template}_body.txt", mail_context)
            send_mail(" ".join(subject.split()), body, None, [email])

    transaction.on_commit(send)


def user_recipients(users):
    return [(user.email, user.preferred_language) for user in users if user.is_active]
