"""Expressions of interest: staged disclosure of contacts and the conversation that follows.

A member of a validated organisation expresses interest in another organisation's open
opportunity. The owner accepts or declines. On acceptance each side sees the other's
contacts kept "only after an accepted contact", and both can write in the conversation;
each message is e-mailed to the other side's members in their own language.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from ejrc.core.activity import log_action
from ejrc.directory.domain.notifications import member_recipients
from ejrc.directory.models import Contact, Visibility

from ..models import ExpressionOfInterest, InterestMessage
from .mail import notify

Status = ExpressionOfInterest.Status


def _is_member(user, organisation):
    return user.is_authenticated and organisation.memberships.filter(user=user).exists()


@transaction.atomic
def express_interest(*, actor, opportunity, organisation, message):
    """``organisation`` (the actor's) tells the opportunity's owners it is interested."""
    if not _is_member(actor, organisation):
        raise PermissionDenied
    message = (message or "").replace("\x00", "").strip()
    if not organisation.is_published:
        raise ValidationError(_("Your organisation's profile must be validated before it can express interest."))
    if organisation.pk == opportunity.organisation_id:
        raise ValidationError(_("This is your own organisation's opportunity."))
    if not opportunity.is_open:
        raise ValidationError(_("This opportunity is not open: it has expired, was withdrawn or is not validated yet."))
    if not message:
        raise ValidationError({"message": _("Please say who you are and what you would like to do together.")})
    try:
        with transaction.atomic():
            interest = ExpressionOfInterest.objects.create(
                opportunity=opportunity, organisation=organisation, created_by=actor, message=message
            )
    except IntegrityError:
        raise ValidationError(_("Your organisation has already expressed interest in this opportunity.")) from None
    log_action(actor=actor, action="partnering.interest.create", subject=interest,
               data={"opportunity": opportunity.reference})
    notify(member_recipients(opportunity.organisation), "interest_expressed", {"interest": interest},
           link=("partnering:interest", {"pk": interest.pk}))
    return interest


def _locked(interest):
    return ExpressionOfInterest.objects.select_for_update().select_related(
        "opportunity__organisation", "organisation"
    ).get(pk=interest.pk)


@transaction.atomic
def answer_interest(*, actor, interest, accept):
    """The owner accepts (contacts are disclosed both ways) or declines; the other side is told."""
    interest = _locked(interest)
    if not _is_member(actor, interest.opportunity.organisation):
        raise PermissionDenied
    if interest.status == Status.WITHDRAWN:
        raise ValidationError(_("This expression of interest was withdrawn: it can no longer be answered."))
    if interest.status != Status.PENDING:
        raise ValidationError(_("This expression of interest has already been answered."))
    interest.status = Status.ACCEPTED if accept else Status.DECLINED
    interest.answered_by, interest.answered_at = actor, timezone.now()
    interest.save(update_fields=["status", "answered_by", "answered_at", "updated"])
    log_action(actor=actor, action="partnering.interest.answer", subject=interest, data={"accepted": bool(accept)})
    notify(member_recipients(interest.organisation), "interest_answered",
           {"interest": interest, "accepted": bool(accept)}, link=("partnering:interest", {"pk": interest.pk}))
    return interest


@transaction.atomic
def withdraw_interest(*, actor, interest):
    interest = _locked(interest)
    if not _is_member(actor, interest.organisation):
        raise PermissionDenied
    if interest.status != Status.PENDING:
        raise ValidationError(_("Only an expression of interest still waiting for an answer can be withdrawn."))
    interest.status = Status.WITHDRAWN
    interest.save(update_fields=["status", "updated"])
    log_action(actor=actor, action="partnering.interest.withdraw", subject=interest)
    return interest


def side_of(user, interest):
    """The organisation through which ``user`` takes part in ``interest`` (None for others)."""
    for organisation in (interest.organisation, interest.opportunity.organisation):
        if _is_member(user, organisation):
            return organisation
    return None


@transaction.atomic
def post_message(*, actor, interest, body):
    """A message in the conversation of an accepted contact, mailed to the other side."""
    interest = _locked(interest)
    side = side_of(actor, interest)
    if side is None:
        raise PermissionDenied
    if interest.status != Status.ACCEPTED:
        raise ValidationError(_("The conversation opens once the contact is accepted."))
    body = (body or "").replace("\x00", "").strip()
    if not body:
        raise ValidationError({"body": _("Write a message first.")})
    message = InterestMessage.objects.create(interest=interest, author=actor, organisation=side, body=body)
    other = interest.organisation if side == interest.opportunity.organisation else interest.opportunity.organisation
    notify(member_recipients(other), "message_posted", {"interest": interest, "message": message, "side": side},
           link=("partnering:interest", {"pk": interest.pk}))
    return message


def disclosed_contacts(*, interest, organisation):
    """The contacts of ``organisation`` (one side of ``interest``) the other side may see:
    all of them once the contact is accepted; before that, those open to signed-in members."""
    contacts = Contact.objects.filter(organisation=organisation)
    if interest.status == Status.ACCEPTED:
        return contacts
    return contacts.filter(Q(visibility=Visibility.PUBLIC) | Q(visibility=Visibility.MEMBERS))
