"""Who acts for an organisation: admins edit the profile and invite people, who accept or decline.

Nobody is added without consent: an admin *invites* an e-mail address, and the person with
that address accepts (or declines) after signing in. The admin is told the same thing whether
or not the address has an account, so the members page reveals nobody's account.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from ejrc.accounts.models import User
from ejrc.core.activity import log_action
from ejrc.core.mail import send_mail_to
from ejrc.core.permissions import forget_viewer
from ejrc.directory.models import Invitation, Membership, Organisation
from ejrc.directory.rules import is_invitee


def _require(actor, permission, obj):
    if not actor.has_perm(permission, obj):
        raise PermissionDenied


def _keep_an_admin(organisation, leaving):
    others = organisation.memberships.filter(role=Membership.Role.ADMIN).exclude(pk=leaving.pk)
    if not others.exists():
        raise ValidationError(_("An organisation needs at least one administrator: name another one first."))


@transaction.atomic
def invite_member(*, actor, organisation, email, role=Membership.Role.MEMBER):
    """Invite ``email`` to act for the organisation, or change the role of a current member.

    Returns the :class:`Invitation` (``None`` when a current member's role was changed).
    Inviting an address again while an invitation waits updates its role.
    """
    _require(actor, "directory.manage_members", organisation)
    email = email.strip()
    membership = organisation.memberships.select_related("user").filter(user__email__iexact=email).first()
    if membership is not None:
        _change_role(actor=actor, membership=membership, role=role)
        return None
    invitation = _pending_invitation(organisation, email)
    if invitation is None:
        try:
            with transaction.atomic():
                invitation = Invitation.objects.create(organisation=organisation, email=email, role=role,
                                                       invited_by=actor)
        except IntegrityError:  # the same address invited at the same moment by another admin
            invitation = _pending_invitation(organisation, email)
    if invitation.role != role:
        invitation.role = role
        invitation.save(update_fields=["role", "updated"])
    log_action(actor=actor, action="directory.member.invite", subject=organisation,
               data={"invitation": invitation.pk, "role": role})
    invitee = User.objects.filter(email__iexact=email, is_active=True).first()
    send_mail_to([(email, invitee.preferred_language if invitee else get_language())],
                 template="directory/email/member_invited", link=("directory:mine", {}),
                 context={"organisation": organisation, "invitation": invitation, "inviter": actor})
    return invitation


def _pending_invitation(organisation, email):
    return organisation.invitations.filter(email__iexact=email, status=Invitation.Status.PENDING).first()


def _change_role(*, actor, membership, role):
    if membership.role == role:
        return
    if role != Membership.Role.ADMIN:
        _keep_an_admin(membership.organisation, membership)
    membership.role = role
    membership.save(update_fields=["role", "updated"])
    log_action(actor=actor, action="directory.member.role", subject=membership.organisation,
               data={"user": membership.user_id, "role": role})


@transaction.atomic
def answer_invitation(*, actor, invitation, accept):
    """The invited person accepts (becoming a member with the offered role) or declines."""
    invitation = Invitation.objects.select_for_update().select_related("organisation").get(pk=invitation.pk)
    if not is_invitee(actor, invitation):  # not has_perm: superusers hold every permission
        raise PermissionDenied
    if not invitation.is_pending:
        raise ValidationError(_("This invitation has already been answered or withdrawn."))
    invitation.status = Invitation.Status.ACCEPTED if accept else Invitation.Status.DECLINED
    invitation.answered_at = timezone.now()
    invitation.save(update_fields=["status", "answered_at", "updated"])
    if accept:
        Membership.objects.get_or_create(
            user=actor, organisation=invitation.organisation, defaults={"role": invitation.role}
        )
        forget_viewer(actor.pk)
    log_action(actor=actor, action="directory.invitation.answer", subject=invitation.organisation,
               data={"invitation": invitation.pk, "accepted": bool(accept)})
    return invitation


@transaction.atomic
def withdraw_invitation(*, actor, invitation):
    _require(actor, "directory.withdraw_invitation", invitation)
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.is_pending:
        invitation.status = Invitation.Status.WITHDRAWN
        invitation.save(update_fields=["status", "updated"])
        log_action(actor=actor, action="directory.invitation.withdraw", subject=invitation.organisation,
                   data={"invitation": invitation.pk})
    return invitation


@transaction.atomic
def remove_member(*, actor, membership):
    """Remove someone from the organisation; the last administrator cannot be removed."""
    organisation = membership.organisation
    _require(actor, "directory.delete_membership", membership)
    # The organisation first, then its rows: two admins removing each other queue here
    # instead of each holding one membership and deadlocking on the other's.
    Organisation.objects.select_for_update().get(pk=organisation.pk)
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    list(organisation.memberships.select_for_update().filter(role=Membership.Role.ADMIN))
    if membership.role == Membership.Role.ADMIN:
        _keep_an_admin(organisation, membership)
    membership.delete()
    forget_viewer(membership.user_id)
    log_action(actor=actor, action="directory.member.remove", subject=organisation,
               data={"user": membership.user_id})
