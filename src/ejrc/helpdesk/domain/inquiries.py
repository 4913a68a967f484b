"""What happens to an inquiry: sent, routed, answered, noted, assigned, closed, handed over.

Each function takes keyword arguments and an explicit ``actor`` (``None`` for an anonymous
sender), runs in one transaction, writes the audit trail and queues its e-mail after commit.
Staff actions check ``helpdesk.handle_inquiry`` themselves, so no view can skip it.
"""

import secrets

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ejrc.core.activity import log_action

from ..models import Inquiry, InquiryMessage, InquiryStatus, MessageKind, Office, Side, Topic
from . import notifications
from .attachments import check_attachment, stored_name
from .references import allocate_reference
from .routing import inquiry_office

MESSAGE_MAX_LENGTH = 10_000


def _require(actor, inquiry):
    if not actor.has_perm("helpdesk.handle_inquiry", inquiry):
        raise PermissionDenied


def _text(value, field):
    value = (value or "").strip()
    if not value:
        raise ValidationError({field: [_("Please write a message.")]})
    if len(value) > MESSAGE_MAX_LENGTH:
        raise ValidationError({field: [_("Please keep the message under %(max)s characters.") % {
            "max": MESSAGE_MAX_LENGTH}]})
    return value


def _locked(inquiry):
    return Inquiry.objects.select_for_update(of=("self",)).select_related("office", "assignee").get(pk=inquiry.pk)


@transaction.atomic
def submit_inquiry(*, actor, topic, side, country, prefecture=None, region=None, email, message, language,
                   name="", organisation_name="", attachment=None):
    """Save, route and acknowledge an inquiry. No way to answer (no e-mail) is refused."""
    if not (email or "").strip():
        raise ValidationError({"email": [_("We can only answer with an e-mail address: please give one.")]})
    if topic not in Topic.values or side not in Side.values:
        raise ValidationError(_("Choose a topic and your side from the lists."))
    if country.is_japan and prefecture is None:
        raise ValidationError({"prefecture": [_("Choose the prefecture, so that the right office answers.")]})
    if not country.is_japan:
        prefecture = None
    if region is not None and region.country_id != country.pk:
        raise ValidationError({"region": [_("This region is not in the chosen country.")]})
    inquiry = Inquiry(
        reference=allocate_reference(), token=secrets.token_urlsafe(32), topic=topic, side=side,
        country=country, prefecture=prefecture, region=region, email=email.strip(), language=language,
        name=name.strip(), organisation_name=organisation_name.strip(), message=_text(message, "message"),
        office=inquiry_office(topic=topic, country=country, prefecture=prefecture),
        sender_user=actor if getattr(actor, "is_authenticated", False) else None,
    )
    if attachment:
        kind = check_attachment(attachment)
        inquiry.attachment_name = (attachment.name or "")[-200:]
        inquiry.attachment.save(stored_name(kind), attachment, save=False)
    inquiry.save()
    log_action(actor=actor, action="helpdesk.inquiry.submit", subject=inquiry, data={"office": inquiry.office.code})
    notifications.inquiry_received(inquiry)
    return inquiry


@transaction.atomic
def reply(*, actor, inquiry, body):
    """A reply to the sender: e-mailed in their language and kept in the thread."""
    _require(actor, inquiry)
    inquiry = _locked(inquiry)
    if inquiry.anonymised_at:
        raise ValidationError(_("This inquiry has been erased; it can no longer be answered."))
    message = InquiryMessage.objects.create(inquiry=inquiry, kind=MessageKind.REPLY, author=actor,
                                            body=_text(body, "body"))
    now = timezone.now()
    inquiry.first_response_at = inquiry.first_response_at or now
    inquiry.status = InquiryStatus.ANSWERED
    inquiry.closed_at = None
    inquiry.save(update_fields=["first_response_at", "status", "closed_at", "updated"])
    log_action(actor=actor, action="helpdesk.inquiry.reply", subject=inquiry)
    notifications.replied(inquiry, message)
    return message


@transaction.atomic
def add_note(*, actor, inquiry, body):
    """An internal note: staff only, never shown or sent to the sender."""
    _require(actor, inquiry)
    message = InquiryMessage.objects.create(inquiry=inquiry, kind=MessageKind.NOTE, author=actor,
                                            body=_text(body, "body"))
    log_action(actor=actor, action="helpdesk.inquiry.note", subject=inquiry)
    return message


@transaction.atomic
def write_back(*, inquiry, body):
    """The sender answers through their private link: the inquiry waits for the office again."""
    inquiry = _locked(inquiry)
    if inquiry.anonymised_at:
        raise ValidationError(_("This inquiry has been erased."))
    message = InquiryMessage.objects.create(inquiry=inquiry, kind=MessageKind.SENDER, body=_text(body, "body"))
    inquiry.status = InquiryStatus.OPEN
    inquiry.closed_at = None
    inquiry.save(update_fields=["status", "closed_at", "updated"])
    log_action(actor=None, action="helpdesk.inquiry.sender_wrote", subject=inquiry)
    notifications.sender_wrote(inquiry, message)
    return message


@transaction.atomic
def assign(*, actor, inquiry, assignee):
    """Give the inquiry to a colleague of its office (or to nobody)."""
    _require(actor, inquiry)
    inquiry = _locked(inquiry)
    if assignee is not None and not (assignee.is_active and assignee.office_id == inquiry.office_id):
        raise ValidationError({"assignee": [_("Choose someone of the office that has the inquiry.")]})
    inquiry.assignee = assignee
    inquiry.save(update_fields=["assignee", "updated"])
    log_action(actor=actor, action="helpdesk.inquiry.assign", subject=inquiry,
               data={"assignee": assignee.pk if assignee else None})
    if assignee is not None and assignee != actor:
        notifications.assigned(inquiry)
    return inquiry


@transaction.atomic
def close(*, actor, inquiry):
    _require(actor, inquiry)
    inquiry = _locked(inquiry)
    if inquiry.status == InquiryStatus.CLOSED:
        raise ValidationError(_("The inquiry is closed already."))
    inquiry.status, inquiry.closed_at = InquiryStatus.CLOSED, timezone.now()
    inquiry.save(update_fields=["status", "closed_at", "updated"])
    log_action(actor=actor, action="helpdesk.inquiry.close", subject=inquiry)
    return inquiry


@transaction.atomic
def reopen(*, actor, inquiry):
    _require(actor, inquiry)
    inquiry = _locked(inquiry)
    if inquiry.status != InquiryStatus.CLOSED:
        raise ValidationError(_("The inquiry is not closed."))
    if inquiry.anonymised_at:
        raise ValidationError(_("This inquiry has been erased; it can no longer be reopened."))
    inquiry.status, inquiry.closed_at = InquiryStatus.OPEN, None
    inquiry.save(update_fields=["status", "closed_at", "updated"])
    log_action(actor=actor, action="helpdesk.inquiry.reopen", subject=inquiry)
    return inquiry


@transaction.atomic
def hand_over(*, actor, inquiry, office, note):
    """Pass the inquiry to another office, with a note for it; the new office is told."""
    _require(actor, inquiry)
    inquiry = _locked(inquiry)
    note = _text(note, "note")
    if not isinstance(office, Office) or office.pk == inquiry.office_id:
        raise ValidationError({"office": [_("Choose another office.")]})
    previous = inquiry.office
    inquiry.office, inquiry.assignee = office, None
    inquiry.save(update_fields=["office", "assignee", "updated"])
    InquiryMessage.objects.create(
        inquiry=inquiry, kind=MessageKind.NOTE, author=actor,
        body=_("Handed over from %(office)s: %(note)s") % {"office": previous.name_en, "note": note})
    log_action(actor=actor, action="helpdesk.inquiry.hand_over", subject=inquiry,
               data={"from": previous.code, "to": office.code})
    notifications.handed_over(inquiry, previous_office=previous, note=note)
    return inquiry


def colleagues(office):
    """The active staff of ``office``, who may be given its inquiries."""
    return get_user_model().objects.filter(office=office, is_active=True).order_by("name", "email")
