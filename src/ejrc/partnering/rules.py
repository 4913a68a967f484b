"""Who may do what in partnering (django-rules). Views answer 404 when a check fails."""

import rules

from ejrc.directory.models import Membership
from ejrc.directory.rules import is_helpdesk_staff


def _member_of(user, organisation_id):
    return bool(user and user.is_authenticated and organisation_id is not None
                and Membership.objects.filter(user=user, organisation_id=organisation_id).exists())


@rules.predicate
def is_owner_member(user, opportunity):
    return opportunity is not None and _member_of(user, opportunity.organisation_id)


@rules.predicate
def is_open(user, opportunity):
    return opportunity is not None and opportunity.is_open


@rules.predicate
def is_interested_side(user, interest):
    return interest is not None and _member_of(user, interest.organisation_id)


@rules.predicate
def is_owner_side(user, interest):
    return interest is not None and _member_of(user, interest.opportunity.organisation_id)


rules.add_perm("partnering.view_opportunity", is_open | is_owner_member | is_helpdesk_staff)
rules.add_perm("partnering.change_opportunity", is_owner_member)
rules.add_perm("partnering.validate_opportunities", is_helpdesk_staff)
rules.add_perm("partnering.express_interest", rules.is_authenticated & is_open & ~is_owner_member)
rules.add_perm("partnering.view_interest", is_interested_side | is_owner_side)
rules.add_perm("partnering.answer_interest", is_owner_side)
rules.add_perm("partnering.withdraw_interest", is_interested_side)
rules.add_perm("partnering.view_pipeline", is_helpdesk_staff)
