"""Who hears of what happens in the directory. Sending is ``ejrc.core.mail.send_mail_to``."""

from ejrc.accounts.models import User
from ejrc.directory.models import Membership


def office_recipients(office):
    """The office's shared address (in the office's working language) and each of its staff."""
    shared = (office.email, "en" if office.covers_europe else "ja")
    return [shared, *User.objects.filter(office=office, is_active=True)]


def admin_recipients(organisation):
    return User.objects.filter(
        memberships__organisation=organisation, memberships__role=Membership.Role.ADMIN, is_active=True
    )


def member_recipients(organisation):
    return User.objects.filter(memberships__organisation=organisation, is_active=True)
