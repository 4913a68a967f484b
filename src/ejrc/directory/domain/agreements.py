"""Agreements between organisations, recorded by helpdesk staff and shown on each profile.

An agreement is a :class:`CooperationLink` of one of the agreement kinds that names two or more
organisations, at least one of them Japanese and one not. Its European and Japanese sides
(country, region, prefecture, first organisation) are taken from those organisations, so that
the place pages and the list of links show it like any other link.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Prefetch
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from ejrc.core.activity import log_action
from ejrc.directory.models import CooperationLink, Organisation

Kind = CooperationLink.Kind
AGREEMENT_KINDS = (Kind.AGREEMENT, Kind.MOU, Kind.FRIENDSHIP, Kind.PROJECT)
FIELDS = ("kind", "title_en", "title_ja", "signed_on", "url")
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
PDF_START, PDF_END = b"%PDF-", b"%%EOF"


def can_manage_agreements(user):
    return user.has_perm("directory.manage_agreements")


def _require_staff(actor):
    if not can_manage_agreements(actor):
        raise PermissionDenied


def check_document(upload):
    """Raise ValidationError unless ``upload`` is a PDF file (by its content) of sane size."""
    if upload.size > MAX_DOCUMENT_BYTES:
        raise ValidationError({"document": _("The document is too large (%(size)s); the maximum is %(max)s.") % {
            "size": filesizeformat(upload.size), "max": filesizeformat(MAX_DOCUMENT_BYTES)}})
    upload.seek(0)
    head = upload.read(len(PDF_START))
    upload.seek(max(upload.size - 1024, 0))
    tail = upload.read()
    upload.seek(0)
    if head != PDF_START or PDF_END not in tail:
        raise ValidationError({"document": _("The document must be a PDF file.")})


def _sides(organisations):
    """(first European-side organisation, first Japanese one), or a ValidationError."""
    unique = list(dict.fromkeys(organisations))
    japanese = [o for o in unique if o.country.is_japan]
    others = [o for o in unique if not o.country.is_japan]
    if len(unique) < 2 or not japanese or not others:
        raise ValidationError({"organisations": _(
            "Choose at least two organisations: at least one in Japan and one outside Japan.")})
    return others[0], japanese[0], unique


def _check(data):
    if data.get("kind") not in AGREEMENT_KINDS:
        raise ValidationError({"kind": _("Choose the kind of agreement.")})
    if not (data.get("title_en") or "").strip():
        raise ValidationError({"title_en": _("Give the agreement's title in English.")})


def _apply(agreement, data, *, european, japanese):
    """Copy the form's fields, and take both sides from the first organisation on each."""
    for field in ("kind", "title_en", "title_ja", "url"):
        setattr(agreement, field, (data.get(field) or "").strip())
    agreement.signed_on = data.get("signed_on")
    agreement.since = agreement.signed_on.year if agreement.signed_on else None
    agreement.eu_organisation, agreement.eu_place = european, european.city
    agreement.eu_country, agreement.eu_region = european.country, european.region
    agreement.jp_organisation, agreement.jp_place = japanese, japanese.city
    agreement.jp_prefecture = japanese.prefecture


@transaction.atomic
def save_agreement(*, actor, data, organisations, document=None, agreement=None):
    """Record a new agreement, or change ``agreement``; returns it. ``data`` holds FIELDS.

    A new ``document`` replaces the old one, whose file is deleted once this commits."""
    _require_staff(actor)
    if agreement is not None and agreement.kind not in AGREEMENT_KINDS:
        raise PermissionDenied  # twinnings come from their importer
    _check(data)
    if document:
        check_document(document)
    european, japanese, organisations = _sides(organisations)
    created = agreement is None
    agreement = agreement or CooperationLink()
    _apply(agreement, data, european=european, japanese=japanese)
    replaced = agreement.document if document and agreement.document else None
    if document:
        agreement.document = document
    agreement.save()
    agreement.organisations.set(organisations)
    if replaced:
        _delete_on_commit(replaced)
    log_action(actor=actor, action="directory.agreement.create" if created else "directory.agreement.change",
               subject=agreement, data={"kind": agreement.kind, "organisations": [o.pk for o in organisations],
                                        "document": agreement.document.name})
    return agreement


@transaction.atomic
def remove_agreement(*, actor, agreement):
    """Delete an agreement (its document too, once the deletion is committed)."""
    _require_staff(actor)
    if agreement.kind not in AGREEMENT_KINDS:
        raise PermissionDenied
    signatories = list(agreement.organisations.values_list("pk", flat=True))
    log_action(actor=actor, action="directory.agreement.remove", subject=agreement,
               data={"title": agreement.title_en, "organisations": signatories})
    document = agreement.document
    agreement.delete()
    if document:
        _delete_on_commit(document)


def _delete_on_commit(document):
    name, storage = document.name, document.storage
    transaction.on_commit(lambda: storage.delete(name))


def _listed(links):
    return links.prefetch_related(
        Prefetch("organisations", Organisation.objects.select_related("country").order_by("name_en"))
    ).order_by("-signed_on", "title_en")


def agreements():
    """Every agreement recorded through the helpdesk, newest signature first; two queries."""
    return _listed(CooperationLink.objects.filter(
        kind__in=AGREEMENT_KINDS, pk__in=CooperationLink.organisations.through.objects.values("cooperationlink_id")))


def agreements_of(organisation):
    """The agreements that name ``organisation``, each with ``partners`` (the other organisations
    it names); two queries."""
    found = list(_listed(CooperationLink.objects.filter(kind__in=AGREEMENT_KINDS, organisations=organisation)))
    for agreement in found:
        agreement.partners = [o for o in agreement.organisations.all() if o.pk != organisation.pk]
    return found
