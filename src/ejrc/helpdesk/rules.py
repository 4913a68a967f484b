"""Who may do what at the helpdesk's inquiry desk (django-rules).

- anyone sends an inquiry and, with its private link, follows it (no permission: the token is
  the key, an unknown one answers 404);
- an inquiry is read and handled by the staff of **its own office only**: inquiries are
  personal data, and an office has no need to read another's. Handing over moves it. Superusers
  and holders of ``helpdesk.handle_any_office`` (a helpdesk manager, given in the Django admin)
  handle every office's;
- the inbox, the dashboard (figures only, every office) and the FAQ editor are for all staff.
"""

import rules


@rules.predicate
def is_staff_member(user):
    return bool(user and user.is_authenticated and user.is_active and user.office_id is not None)


@rules.predicate
def handles_any_office(user):
    return bool(user and user.is_authenticated and (
        user.is_superuser or user.has_perm("helpdesk.handle_any_office")))


@rules.predicate
def is_inquiry_office_staff(user, inquiry):
    return inquiry is not None and is_staff_member(user) and user.office_id == inquiry.office_id


rules.add_perm("helpdesk.view_inbox", is_staff_member | handles_any_office)
rules.add_perm("helpdesk.handle_inquiry", is_inquiry_office_staff | handles_any_office)
rules.add_perm("helpdesk.view_dashboard", is_staff_member | handles_any_office)
rules.add_perm("helpdesk.edit_faq", is_staff_member | handles_any_office)
# The header menu checks this on every page: the rules alone, no query (see core/navigation.py).
rules.add_perm("helpdesk.staff_menu", is_staff_member | rules.is_superuser)
