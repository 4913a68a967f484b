"""Who may do what in the directory (django-rules). Views answer 404 when a check fails."""

import rules

from ejrc.directory.models import Membership


@rules.predicate
def is_helpdesk_staff(user):
    return bool(user and user.is_authenticated and user.is_helpdesk_staff)


def _role(user, organisation):
    if not (user and user.is_authenticated and organisation is not None):
        return None
    return Membership.objects.filter(user=user, organisation=organisation).values_list("role", flat=True).first()


@rules.predicate
def is_organisation_member(user, organisation):
    return _role(user, organisation) is not None


@rules.predicate
def is_organisation_admin(user, organisation):
    return _role(user, organisation) == Membership.Role.ADMIN


@rules.predicate
def is_published(user, organisation):
    return organisation is not None and organisation.is_published


rules.add_perm("directory.view_organisation", is_published | is_organisation_member | is_helpdesk_staff)
rules.add_perm("directory.change_organisation", is_organisation_admin)
rules.add_perm("directory.manage_members", is_organisation_admin)
rules.add_perm("directory.manage_contacts", is_organisation_admin)
rules.add_perm("directory.answer_contact_requests", is_organisation_member)
rules.add_perm(
    "directory.request_contact", rules.is_authenticated & is_published & ~is_organisation_member
)
rules.add_perm("directory.validate_profiles", is_helpdesk_staff)
rules.add_perm("directory.manage_agreements", is_helpdesk_staff)
rules.add_perm("directory.view_revisions", is_organisation_member | is_helpdesk_staff)
