"""Who may do what in partnering, declared once (django-rules).

Views use ``ejrc.core.permissions.permission_required`` (404 when a check fails); domain
functions check their ``actor`` too. The viewer's memberships come from the directory's
per-request cache (``ejrc.directory.rules.role_in``).

- an opportunity is seen by everyone while it is open (validated, not expired, not
  withdrawn), and always by its organisation's members and helpdesk staff;
- the office responsible for the publisher's place (the directory's routing) validates it;
- an expression of interest is seen by the members of its two organisations only.
"""

import rules

from ejrc.directory.rules import (
    is_helpdesk_staff,
    is_organisation_member,
    is_responsible_staff,
    may_validate_any_office,
    role_in,
)


def _member_of(user, organisation):
    return role_in(user, organisation) is not None


@rules.predicate
def is_owner_member(user, opportunity):
    return opportunity is not None and _member_of(user, opportunity.organisation)


@rules.predicate
def is_open(user, opportunity):
    return opportunity is not None and opportunity.is_open


@rules.predicate
def is_interested_side(user, interest):
    return interest is not None and _member_of(user, interest.organisation)


@rules.predicate
def is_owner_side(user, interest):
    return interest is not None and _member_of(user, interest.opportunity.organisation)


rules.add_perm("partnering.view_opportunity", is_open | is_owner_member | is_helpdesk_staff)
rules.add_perm("partnering.change_opportunity", is_owner_member)
rules.add_perm("partnering.view_validation_queue", is_helpdesk_staff)
# The office the directory's routing chose for the opportunity decides (as for profiles).
rules.add_perm("partnering.decide_opportunity", is_responsible_staff | may_validate_any_office)
rules.add_perm("partnering.express_interest", rules.is_authenticated & is_open & ~is_owner_member)
rules.add_perm("partnering.view_interest", is_interested_side | is_owner_side)
rules.add_perm("partnering.answer_interest", is_owner_side)
rules.add_perm("partnering.withdraw_interest", is_interested_side)
rules.add_perm("partnering.view_pipeline", is_helpdesk_staff)
rules.add_perm("partnering.see_organisation_matches", is_organisation_member | is_helpdesk_staff)
rules.add_perm("partnering.save_matching_profile", is_organisation_member)
rules.add_perm("partnering.see_opportunity_matches", is_owner_member | is_helpdesk_staff)


@rules.predicate
def is_own_saved_search(user, saved_search):
    return saved_search is not None and user.is_authenticated and saved_search.user_id == user.pk


rules.add_perm("partnering.delete_saved_search", is_own_saved_search)
