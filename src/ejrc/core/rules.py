"""Core's permissions: the failed background tasks are for helpdesk staff and superusers.

Core sits below accounts, so it reads the user's ``is_helpdesk_staff`` without importing it.
"""

import rules


@rules.predicate
def is_helpdesk_staff_or_superuser(user):
    return bool(user and user.is_authenticated and (getattr(user, "is_helpdesk_staff", False) or user.is_superuser))


rules.add_perm("core.view_failed_tasks", is_helpdesk_staff_or_superuser)
rules.add_perm("core.retry_failed_task", is_helpdesk_staff_or_superuser)
