"""E-mails of partnering: ``ejrc.core.mail.send_mail_to`` with this app's templates.

Each message is rendered in its recipient's language and kept in the outbox in the caller's
transaction; it is sent after the commit.
"""

from ejrc.core.mail import send_mail_to


def notify(recipients, template, context, link=None):
    """Mail ``recipients`` (users or ``(address, language)`` pairs) from
    ``partnering/email/<template>_subject.txt`` and ``_body.txt``; ``link`` is ``(viewname, kwargs)``."""
    return send_mail_to(recipients, template=f"partnering/email/{template}", context=context, link=link)
