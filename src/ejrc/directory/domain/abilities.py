"""What a viewer may do, as ``can_*`` answers for views and templates.

The rules themselves are declared in ``ejrc.directory.rules``; this module only asks them, so
templates read booleans and never compare roles or statuses. The viewer's memberships are
looked up once per request, so asking many questions costs one query.
"""


def profile_abilities(*, viewer, organisation):
    """The buttons and panels of a profile page that ``viewer`` may use."""
    can_edit = viewer.has_perm("directory.change_organisation", organisation)
    return {
        "can_edit": can_edit,
        "can_manage_members": viewer.has_perm("directory.manage_members", organisation),
        "can_confirm_current": can_edit and organisation.is_published,
        "can_see_revisions": viewer.has_perm("directory.view_revisions", organisation),
    }


def with_abilities(*, viewer, memberships):
    """The viewer's memberships, each with the ``can_*`` answers "My organisations" shows."""
    for membership in memberships:
        membership.can = profile_abilities(viewer=viewer, organisation=membership.organisation)
    return memberships


def can_decide(*, viewer, revision):
    """Staff of the office the proposal is routed to, or the override (see ``rules.py``)."""
    return viewer.has_perm("directory.decide_revision", revision)

