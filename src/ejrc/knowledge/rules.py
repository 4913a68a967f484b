"""Who may do what in knowledge, declared once (django-rules).

- a published best practice is seen by everyone; a pending or rejected one by its
  organisation's members and helpdesk staff;
- the office the helpdesk's routing chose reviews it (as for profiles), or a holder of
  ``directory.validate_any_office``;
- helpdesk staff send newsletters; everything else here is public.
"""

import rules

from ejrc.directory.rules import is_helpdesk_staff, is_responsible_staff, may_validate_any_office, role_in


@rules.predicate
def is_submitter(user, practice):
    return practice is not None and role_in(user, practice.organisation) is not None


@rules.predicate
def is_published_practice(user, practice):
    return practice is not None and practice.is_published


rules.add_perm("knowledge.view_practice", is_published_practice | is_submitter | is_helpdesk_staff)
rules.add_perm("knowledge.translate_practice", is_submitter)
rules.add_perm("knowledge.review_practices", is_helpdesk_staff)
rules.add_perm("knowledge.decide_practice", is_responsible_staff | may_validate_any_office)
rules.add_perm("knowledge.send_newsletter", is_helpdesk_staff)
