"""Who acts for an organisation: admins edit the profile and manage members."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ejrc.accounts.models import User
from ejrc.core.activity import log_action
from ejrc.directory.models import Membership


def _require_admin(actor, organisation):
    if not actor.has_perm("directory.manage_members", organisation):
        raise PermissionDenied


def _keep_an_admin(organisation, leaving):
    others = organisation.memberships.filter(role=Membership.Role.ADMIN).exclude(pk=leaving.pk)
    if not others.exists():
        raise ValidationError(_("An organisation needs at least one administrator: name another one first."))


@transaction.atomic
def add_member(*, actor, organisation, email, role=Membership.Role.MEMBER):
    """Give a registered person a role in the organisation (updates the role if already there)."""
    _require_admin(actor, organisation)
    user = User.objects.filter(email__iexact=email.strip()).first()
    if user is None:
        raise ValidationError({"email": _("Nobody has an account with this e-mail address yet: "
                                          "ask the person to sign up first.")})
    membership, created = Membership.objects.get_or_create(
        user=user, organisation=organisation, defaults={"role": role}
    )
    if not created and membership.role != role:
        if role != Membership.Role.ADMIN:
            _keep_an_admin(organisation, membership)
        membership.role = role
        membership.save(update_fields=["role", "updated"])
    log_action(actor=actor, action="directory.member.add", subject=organisation,
               data={"user": user.pk, "role": role})
    return membership


@transaction.atomic
def remove_member(*, actor, membership):
    """Remove someone from the organisation; the last administrator cannot be removed."""
    organisation = membership.organisation
    _require_admin(actor, organisation)
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    list(organisation.memberships.select_for_update().filter(role=Membership.Role.ADMIN))
    if membership.role == Membership.Role.ADMIN:
        _keep_an_admin(organisation, membership)
    membership.delete()
    log_action(actor=actor, action="directory.member.remove", subject=organisation,
               data={"user": membership.user_id})
