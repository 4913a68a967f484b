"""Submitting, translating and reviewing best practices.

A region, prefecture, city, cluster or network with a validated profile submits a case; the
office responsible for its place (the helpdesk's routing, as for profiles) reviews it, and
staff of that office (or holders of ``directory.validate_any_office``) publish or reject it.
Each language version is reviewed on its own.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ejrc.core.activity import log_action
from ejrc.core.mail import send_mail_to
from ejrc.directory.domain.notifications import member_recipients, office_recipients
from ejrc.directory.domain.rich_text import sanitise_html
from ejrc.directory.models import CooperationInterest, OrganisationKind
from ejrc.helpdesk.domain.routing import responsible_office

from ..models import LANGUAGES, BestPractice, PracticeAttachment, PracticeFigure, PracticePartner, ReviewStatus
from .practice_search import refresh_practice_search
from .uploads import MAX_ATTACHMENTS, checked_attachment

SUBMITTING_KINDS = {OrganisationKind.REGION, OrganisationKind.PREFECTURE, OrganisationKind.CITY,
                    OrganisationKind.CLUSTER, OrganisationKind.CLUSTER_NETWORK, OrganisationKind.REGION_NETWORK}
RICH_FIELDS = ("summary", "results", "lessons")
MAX_LINKS = 10


def _clean_text(data):
    """The text fields of ``data``, sanitised, or a ValidationError saying what is missing."""
    cleaned = {"title": " ".join((data.get("title") or "").replace("\x00", "").split())}
    for field in RICH_FIELDS:
        cleaned[field] = sanitise_html((data.get(field) or "").replace("\x00", ""))
    errors = {}
    if not cleaned["title"]:
        errors["title"] = _("Give the case a title.")
    if not cleaned["summary"]:
        errors["summary"] = _("Summarise the case in a few sentences.")
    if errors:
        raise ValidationError(errors)
    return cleaned


def _clean_structure(data):
    errors = {}
    if data.get("cooperation_type") not in CooperationInterest.values:
        errors["cooperation_type"] = _("Choose the kind of cooperation.")
    links = [link.strip() for link in data.get("links") or [] if link.strip()]
    for link in links:
        try:
            URLValidator(schemes=["http", "https"])(link)
        except ValidationError:
            errors["links"] = _("%(link)s is not a web address (https://…).") % {"link": link[:100]}
    if len(links) > MAX_LINKS:
        errors["links"] = _("Give at most %(count)s links.") % {"count": MAX_LINKS}
    partners = data.get("partners") or []
    if not {"europe", "japan"} <= {partner["side"] for partner in partners}:
        errors["partners"] = _("Name at least one partner on the European side and one on the Japanese side.")
    if errors:
        raise ValidationError(errors)
    return links


def _may_submit_for(actor, organisation):
    if not (actor.is_authenticated and organisation.memberships.filter(user=actor).exists()):
        raise PermissionDenied
    if not organisation.is_published:
        raise ValidationError(_("Your organisation's profile must be validated before it can share best practices."))
    if organisation.kind not in SUBMITTING_KINDS:
        raise ValidationError(_("Best practices are shared by regions, prefectures, cities, clusters and networks."))


def _save_structure(practice, data, links):
    practice.links = "\n".join(links)
    practice.save(update_fields=["links"])
    practice.sectors.set(data.get("sectors") or [])
    PracticePartner.objects.bulk_create(
        PracticePartner(practice=practice, side=p["side"], organisation=p.get("organisation"),
                        name="" if p.get("organisation") else p["name"][:200])
        for p in data.get("partners") or [])
    PracticeFigure.objects.bulk_create(
        PracticeFigure(practice=practice, label=f["label"][:200], value=f["value"], unit=f.get("unit", "")[:30])
        for f in data.get("figures") or [])


def _attach(practice, attachments):
    if len(attachments) > MAX_ATTACHMENTS:
        raise ValidationError({"attachments": _("Attach at most %(count)s files.") % {"count": MAX_ATTACHMENTS}})
    checked = []
    for upload in attachments:
        try:
            checked.append((upload, *checked_attachment(upload)))
        except ValidationError as error:
            raise ValidationError({"attachments": error.messages}) from None
    for upload, kind, name in checked:
        row = PracticeAttachment(practice=practice, kind=kind, original_name=upload.name[:200], size=upload.size)
        row.file.save(name, ContentFile(upload.read()), save=True)


def _ask_review(practice):
    send_mail_to(office_recipients(practice.office), template="knowledge/email/practice_submitted",
                 context={"practice": practice}, link=("knowledge:review-queue", {}))


@transaction.atomic
def submit_practice(*, actor, organisation, language, data, attachments=()):
    """A new case of ``organisation`` in ``language``, waiting for its office's review."""
    _may_submit_for(actor, organisation)
    if language not in dict(LANGUAGES):
        raise ValidationError({"language": _("Choose English or Japanese.")})
    text = _clean_text(data)
    links = _clean_structure(data)
    office = responsible_office(country=organisation.country, prefecture=organisation.prefecture)
    practice = BestPractice.objects.create(
        organisation=organisation, created_by=actor, language=language, office=office,
        cooperation_type=data["cooperation_type"], **text)
    _save_structure(practice, data, links)
    _attach(practice, list(attachments))
    refresh_practice_search(practice)
    log_action(actor=actor, action="knowledge.practice.submit", subject=practice,
               data={"language": language, "office": office.code})
    _ask_review(practice)
    return practice


def missing_languages(practice):
    have = set(BestPractice.objects.filter(translation_key=practice.translation_key).values_list("language", flat=True))
    return [(code, label) for code, label in LANGUAGES if code not in have]


@transaction.atomic
def add_translation(*, actor, practice, language, data):
    """Another language version of ``practice``: its own row, reviewed and published on its own.
    Partners, sectors, figures and links are copied from the original."""
    _may_submit_for(actor, practice.organisation)
    if language not in dict(missing_languages(practice)):
        raise ValidationError({"language": _("This case already has a version in that language.")})
    text = _clean_text(data)
    translation = BestPractice.objects.create(
        translation_key=practice.translation_key, organisation=practice.organisation, created_by=actor,
        language=language, office=practice.office, cooperation_type=practice.cooperation_type,
        links=practice.links, **text)
    translation.sectors.set(practice.sectors.all())
    PracticePartner.objects.bulk_create(
        PracticePartner(practice=translation, side=p.side, organisation_id=p.organisation_id, name=p.name)
        for p in practice.partners.all())
    PracticeFigure.objects.bulk_create(
        PracticeFigure(practice=translation, label=f.label, value=f.value, unit=f.unit) for f in practice.figures.all())
    refresh_practice_search(translation)
    log_action(actor=actor, action="knowledge.practice.translate", subject=translation, data={"language": language})
    _ask_review(translation)
    return translation


def _pending_for_review(actor, practice):
    if not actor.has_perm("knowledge.decide_practice", practice):
        raise PermissionDenied
    practice = BestPractice.objects.select_for_update().get(pk=practice.pk)
    if practice.status != ReviewStatus.PENDING:
        raise ValidationError(_("This best practice is no longer waiting for review."))
    return practice


def _tell_submitters(practice, template):
    send_mail_to(member_recipients(practice.organisation), template=f"knowledge/email/{template}",
                 context={"practice": practice}, link=("knowledge:practice", {"pk": practice.pk}))


@transaction.atomic
def approve_practice(*, actor, practice):
    practice = _pending_for_review(actor, practice)
    now = timezone.now()
    practice.status = ReviewStatus.PUBLISHED
    practice.reviewed_by, practice.reviewed_at = actor, now
    practice.published_at = practice.published_at or now
    practice.save(update_fields=["status", "reviewed_by", "reviewed_at", "published_at", "updated"])
    log_action(actor=actor, action="knowledge.practice.publish", subject=practice,
               data={"override": actor.office_id != practice.office_id})
    _tell_submitters(practice, "practice_published")
    return practice


@transaction.atomic
def reject_practice(*, actor, practice, reason):
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Tell the submitters why, so that they can correct it.")})
    practice = _pending_for_review(actor, practice)
    practice.status = ReviewStatus.REJECTED
    practice.rejection_reason = reason
    practice.reviewed_by, practice.reviewed_at = actor, timezone.now()
    practice.save(update_fields=["status", "rejection_reason", "reviewed_by", "reviewed_at", "updated"])
    log_action(actor=actor, action="knowledge.practice.reject", subject=practice)
    _tell_submitters(practice, "practice_rejected")
    return practice
