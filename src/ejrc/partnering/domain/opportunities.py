"""Publishing cooperation opportunities: create, change, validate, renew, withdraw.

Like directory profiles, an opportunity is public only once the office responsible for its
organisation's place has validated it (the directory's routing decides which office).
"""

from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ejrc.core.activity import log_action
from ejrc.directory.domain.notifications import member_recipients, office_recipients
from ejrc.helpdesk.domain.routing import responsible_office

from ..models import Opportunity, OpportunityKind, OpportunityPartnerKind, OpportunityStatus
from .mail import notify
from .references import allocate_reference
from .search import refresh_opportunity_search
from .vectors import queue_opportunity_vector

LIFETIME_DAYS = 180  # a new or renewed opportunity stays this long unless told otherwise
LONGEST_LIFETIME_DAYS = 365
RENEWABLE_DAYS = 30  # renewal opens this many days before expiry
TEXT_FIELDS = ("title_en", "title_ja", "summary_en", "summary_ja", "call_identifier")
MANY_FIELDS = ("sectors", "partner_countries", "partner_regions", "partner_prefectures", "third_countries")
PLAIN_FIELDS = ("direction", "kind", "partner_side", "call_deadline", "expires_on", *TEXT_FIELDS)


def default_expiry():
    return timezone.localdate() + timedelta(days=LIFETIME_DAYS)


def _check(data):
    """Clean ``data`` (what a form or an import gives) or say clearly what is wrong."""
    data = dict(data)
    for field in TEXT_FIELDS:
        data[field] = (data.get(field) or "").replace("\x00", "").strip()
    errors = {}
    if not (data["title_en"] or data["title_ja"]):
        errors["title_en"] = _("Give a title in English or in Japanese.")
    if not (data["summary_en"] or data["summary_ja"]):
        errors["summary_en"] = _("Give a summary in English or in Japanese.")
    if data["kind"] == OpportunityKind.RESEARCH:
        if not data["call_identifier"]:
            errors["call_identifier"] = _("Name the call (e.g. HORIZON-CL5-2027-D3-01).")
        if not data.get("call_deadline"):
            errors["call_deadline"] = _("Give the call's deadline.")
    if data["kind"] == OpportunityKind.JOINT_ACTION and not data.get("third_countries"):
        errors["third_countries"] = _("Choose the third countries the joint action targets.")
    today = timezone.localdate()
    expires_on = data.get("expires_on")
    if expires_on is None or expires_on <= today:
        errors["expires_on"] = _("The expiry date must be in the future.")
    elif expires_on > today + timedelta(days=LONGEST_LIFETIME_DAYS):
        errors["expires_on"] = _("An opportunity runs for a year at most; it can be renewed.")
    if errors:
        raise ValidationError(errors)
    return data


def _can_publish_for(actor, organisation):
    if not (actor.is_authenticated and organisation.memberships.filter(user=actor).exists()):
        raise PermissionDenied
    if not organisation.is_published:
        raise ValidationError(_("Your organisation's profile must be validated before it can publish opportunities."))


def _apply(opportunity, data):
    for field in PLAIN_FIELDS:
        setattr(opportunity, field, data.get(field))
    opportunity.save()
    for field in MANY_FIELDS:
        getattr(opportunity, field).set(data.get(field) or [])
    opportunity.partner_kinds.all().delete()
    OpportunityPartnerKind.objects.bulk_create(
        OpportunityPartnerKind(opportunity=opportunity, kind=kind) for kind in dict.fromkeys(data.get("partner_kinds") or [])
    )
    refresh_opportunity_search(opportunity)
    queue_opportunity_vector(opportunity.pk, opportunity.organisation_id)


def _ask_validation(opportunity):
    notify(office_recipients(opportunity.office), "validation_requested", {"opportunity": opportunity},
           link=("partnering:validation-queue", {}))


@transaction.atomic
def create_opportunity(*, actor, organisation, data):
    """A new opportunity of ``organisation``, waiting for its office's validation."""
    _can_publish_for(actor, organisation)
    data = _check(data)
    office = responsible_office(country=organisation.country, prefecture=organisation.prefecture)
    opportunity = Opportunity(
        reference=allocate_reference(), organisation=organisation, created_by=actor, office=office,
        status=OpportunityStatus.PENDING,
    )
    _apply(opportunity, data)
    log_action(actor=actor, action="partnering.opportunity.create", subject=opportunity,
               data={"reference": opportunity.reference, "office": office.code})
    _ask_validation(opportunity)
    return opportunity


@transaction.atomic
def update_opportunity(*, actor, opportunity, data):
    """Change an opportunity; a published one leaves the board until validated again."""
    _can_publish_for(actor, opportunity.organisation)
    if opportunity.status == OpportunityStatus.WITHDRAWN:
        raise ValidationError(_("This opportunity was withdrawn and can no longer be changed."))
    data = _check(data)
    opportunity.status = OpportunityStatus.PENDING
    opportunity.rejection_reason = ""
    _apply(opportunity, data)
    log_action(actor=actor, action="partnering.opportunity.update", subject=opportunity)
    _ask_validation(opportunity)
    return opportunity


def _pending_for_review(actor, opportunity):
    if not actor.has_perm("partnering.decide_opportunity", opportunity):
        raise PermissionDenied
    opportunity = Opportunity.objects.select_for_update().get(pk=opportunity.pk)
    if opportunity.status != OpportunityStatus.PENDING:
        raise ValidationError(_("This opportunity is no longer waiting for validation."))
    return opportunity


def _tell_owners(opportunity, template):
    notify(member_recipients(opportunity.organisation), template, {"opportunity": opportunity},
           link=("partnering:opportunity", {"reference": opportunity.reference}))


@transaction.atomic
def approve_opportunity(*, actor, opportunity):
    opportunity = _pending_for_review(actor, opportunity)
    now = timezone.now()
    opportunity.status = OpportunityStatus.PUBLISHED
    opportunity.reviewed_by, opportunity.reviewed_at = actor, now
    opportunity.published_at = opportunity.published_at or now
    opportunity.save(update_fields=["status", "reviewed_by", "reviewed_at", "published_at", "updated"])
    log_action(actor=actor, action="partnering.opportunity.approve", subject=opportunity)
    queue_opportunity_vector(opportunity.pk, opportunity.organisation_id)
    _tell_owners(opportunity, "opportunity_approved")
    return opportunity


@transaction.atomic
def reject_opportunity(*, actor, opportunity, reason):
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Tell the owners why, so that they can correct it.")})
    opportunity = _pending_for_review(actor, opportunity)
    opportunity.status = OpportunityStatus.REJECTED
    opportunity.rejection_reason = reason
    opportunity.reviewed_by, opportunity.reviewed_at = actor, timezone.now()
    opportunity.save(update_fields=["status", "rejection_reason", "reviewed_by", "reviewed_at", "updated"])
    log_action(actor=actor, action="partnering.opportunity.reject", subject=opportunity)
    _tell_owners(opportunity, "opportunity_rejected")
    return opportunity


def can_renew(opportunity):
    window = timezone.localdate() + timedelta(days=RENEWABLE_DAYS)
    return opportunity.status == OpportunityStatus.PUBLISHED and opportunity.expires_on <= window


@transaction.atomic
def renew_opportunity(*, actor, opportunity):
    """Run for another :data:`LIFETIME_DAYS` from today (or from its expiry, if later)."""
    _can_publish_for(actor, opportunity.organisation)
    opportunity = Opportunity.objects.select_for_update().get(pk=opportunity.pk)
    if not can_renew(opportunity):
        raise ValidationError(
            _("Only a validated opportunity can be renewed, from %(days)s days before it expires.")
            % {"days": RENEWABLE_DAYS}
        )
    start = max(timezone.localdate(), opportunity.expires_on)
    opportunity.expires_on = start + timedelta(days=LIFETIME_DAYS)
    opportunity.save(update_fields=["expires_on", "updated"])
    log_action(actor=actor, action="partnering.opportunity.renew", subject=opportunity,
               data={"expires_on": opportunity.expires_on.isoformat()})
    return opportunity


@transaction.atomic
def withdraw_opportunity(*, actor, opportunity):
    _can_publish_for(actor, opportunity.organisation)
    opportunity.status = OpportunityStatus.WITHDRAWN
    opportunity.save(update_fields=["status", "updated"])
    log_action(actor=actor, action="partnering.opportunity.withdraw", subject=opportunity)
    queue_opportunity_vector(opportunity.pk, opportunity.organisation_id)
    return opportunity
