"""Who may do what in the directory, declared once (django-rules).

Each permission is checked on the object the URL names (an organisation, a revision, a
membership, a relation, an invitation, a contact request). Views use
``ejrc.core.permissions.permission_required``, which answers 404 when a check fails; domain
functions check the same permissions on their ``actor``; templates read ``can_*`` values
prepared from these checks. The viewer's memberships are fetched once per request.

Who counts as what:
- an organisation's *member* or *admin*: a :class:`Membership` row (admins edit the profile
  and manage its people; both act on its behalf);
- a *validated member*: a member of any published organisation (sees "members only" contacts);
- *helpdesk staff*: an active user attached to an office; the *responsible office* validates
  a proposal; superusers and holders of ``directory.validate_any_office`` may validate any
  proposal (the override, written to the audit log).
"""

import rules

from ejrc.core.permissions import per_request
from ejrc.directory.models import Membership, OrganisationStatus


def memberships(user):
    """``{organisation id: (role, organisation status)}`` of the viewer, once per request."""
    if not (user and user.is_authenticated):
        return {}
    return per_request(user, "directory.memberships", lambda: {
        organisation_id: (role, status)
        for organisation_id, role, status in Membership.objects.filter(user=user).values_list(
            "organisation_id", "role", "organisation__status"
        )
    })


def role_in(user, organisation):
    if organisation is None:
        return None
    return memberships(user).get(organisation.pk, (None, None))[0]


@rules.predicate
def is_helpdesk_staff(user):
    return bool(user and user.is_authenticated and user.is_helpdesk_staff)


@rules.predicate
def is_organisation_member(user, organisation):
    return role_in(user, organisation) is not None


@rules.predicate
def is_organisation_admin(user, organisation):
    return role_in(user, organisation) == Membership.Role.ADMIN


@rules.predicate
def is_validated_member(user):
    """A member of at least one published (validated) organisation."""
    return any(status == OrganisationStatus.PUBLISHED for _role, status in memberships(user).values())


@rules.predicate
def is_published(user, organisation):
    return organisation is not None and organisation.is_published


@rules.predicate
def is_responsible_staff(user, revision):
    return is_helpdesk_staff(user) and revision is not None and user.office_id == revision.office_id


@rules.predicate
def may_validate_any_office(user):
    return bool(user and user.is_authenticated and (
        user.is_superuser or user.has_perm("directory.validate_any_office")))


@rules.predicate
def is_invitee(user, invitation):
    return bool(user and user.is_authenticated and invitation is not None
                and invitation.email.casefold() == user.email.casefold())


@rules.predicate
def is_staff_of_target_office(user, relation):
    return is_helpdesk_staff(user) and relation is not None and user.office_id == relation.target.office_id


def _of_organisation(predicate, attribute="organisation"):
    """The predicate applied to the object's organisation (a membership's, a request's…)."""
    return rules.predicate(lambda user, obj: predicate(user, getattr(obj, attribute)),
                           name=f"{predicate.name}_of_{attribute}")


# Profiles
rules.add_perm("directory.view_organisation", is_published | is_organisation_member | is_helpdesk_staff)
rules.add_perm("directory.change_organisation", is_organisation_admin)
rules.add_perm("directory.view_revisions", is_organisation_member | is_helpdesk_staff)
# People acting for an organisation
rules.add_perm("directory.manage_members", is_organisation_admin)
rules.add_perm("directory.delete_membership", _of_organisation(is_organisation_admin))
rules.add_perm("directory.withdraw_invitation", _of_organisation(is_organisation_admin))
rules.add_perm("directory.answer_invitation", is_invitee)
# Relations: declared by the source's admins, shown once the target's side confirms.
rules.add_perm("directory.delete_relation", _of_organisation(is_organisation_admin, "source"))
rules.add_perm("directory.confirm_relation",
               _of_organisation(is_organisation_admin, "target") | is_staff_of_target_office)
# Contacts
rules.add_perm("directory.see_members_only_contacts", is_validated_member | is_helpdesk_staff)
rules.add_perm("directory.see_all_contacts", is_organisation_member | is_helpdesk_staff)
rules.add_perm("directory.request_contact", rules.is_authenticated & is_published & ~is_organisation_member)
rules.add_perm("directory.act_for_organisation", is_organisation_member)
rules.add_perm("directory.answer_contact_request", _of_organisation(is_organisation_member))
# Validation by the helpdesk
rules.add_perm("directory.view_validation_queue", is_helpdesk_staff)
rules.add_perm("directory.export_organisations", is_helpdesk_staff)
rules.add_perm("directory.import_organisations", is_helpdesk_staff)
rules.add_perm("directory.view_revision", is_helpdesk_staff)
rules.add_perm("directory.decide_revision", is_responsible_staff | may_validate_any_office)
# Agreements between organisations, recorded by the helpdesk
rules.add_perm("directory.manage_agreements", is_helpdesk_staff)
