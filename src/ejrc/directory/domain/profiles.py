"""Creating profiles and changing them through validation by the responsible office."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ejrc.core.activity import log_action
from ejrc.core.mail import send_mail_to
from ejrc.directory.domain.abilities import can_decide
from ejrc.directory.domain.limits import check_proposal_limits
from ejrc.directory.domain.logos import discard_logo, publish_logo
from ejrc.directory.domain.notifications import admin_recipients, office_recipients
from ejrc.directory.domain.revision_data import apply_data, unique_slug
from ejrc.directory.domain.rich_text import check_logo, sanitise_html
from ejrc.helpdesk.domain.routing import responsible_office
from ejrc.directory.domain.search import refresh_search_text
from ejrc.directory.models import Membership, Organisation, OrganisationStatus, ProfileRevision
from ejrc.geo.models import Country, Prefecture


def check_name_free(*, name_en, country, exclude_pk=None):
    """Two published organisations of one country may not share an English name (case ignored).

    Only published names count: saying that a *pending* profile holds a name would tell anyone
    what others have submitted. Two pending profiles may share a name; the office approving the
    second one is told of the clash then.
    """
    clash = Organisation.objects.filter(
        name_en__iexact=name_en.strip(), country=country, status=OrganisationStatus.PUBLISHED
    )
    if clash.exclude(pk=exclude_pk).exists():
        raise ValidationError(
            {"name_en": _("A published profile with this English name already exists in %(country)s.")
             % {"country": country}}
        )


def _clean(data):
    """Sanitised descriptions and a checked website, whoever calls (form, import, API)."""
    data = dict(data)
    data["name_en"] = data["name_en"].strip()
    for field in ("description_en", "description_ja"):
        data[field] = sanitise_html(data.get(field, ""))
    if data.get("website"):
        try:
            URLValidator(schemes=["http", "https"])(data["website"])
        except ValidationError:
            raise ValidationError({"website": _("Enter a full web address, e.g. https://www.example.org.")}) from None
    check_proposal_limits(data)
    return data


def _check_stored(revision):
    """A proposal stored before today's limits is explained to staff, never a database error."""
    try:
        check_proposal_limits(revision.data)
    except ValidationError as error:
        raise ValidationError(
            _("This proposal cannot be published as it is (%(problems)s). Reject it with that reason, "
              "so that the owners can correct it.") % {"problems": " ".join(error.messages)}
        ) from None


def _route(data):
    country = Country.objects.get(code=data["country"])
    prefecture = Prefecture.objects.filter(code=data.get("prefecture") or "").first()
    return country, responsible_office(country=country, prefecture=prefecture)


def _ask_validation(revision):
    context = {"organisation": revision.organisation, "revision": revision}
    send_mail_to(office_recipients(revision.office), template="directory/email/validation_requested",
                 context=context, link=("directory:revision", {"pk": revision.pk}))


def create_organisation(*, actor, data, logo=None):
    """A new profile, unpublished until its office approves it; the actor becomes its admin."""
    data = _clean(data)
    if logo:
        check_logo(logo)
    country, office = _route(data)
    check_name_free(name_en=data["name_en"], country=country)
    with transaction.atomic():
        organisation = Organisation(slug=unique_slug(data["name_en"]), status=OrganisationStatus.PENDING, office=office)
        apply_data(organisation, data)
        Membership.objects.create(user=actor, organisation=organisation, role=Membership.Role.ADMIN)
        revision = ProfileRevision.objects.create(
            organisation=organisation, data=data, office=office, submitted_by=actor, logo=logo or ""
        )
        log_action(actor=actor, action="directory.organisation.create", subject=organisation,
                   data={"revision": revision.pk, "office": office.code})
        _ask_validation(revision)
    return organisation


@transaction.atomic
def submit_changes(*, actor, organisation, data, logo=None):
    """Propose a new version; the published one stays until approval. Replaces a pending proposal."""
    if not actor.has_perm("directory.change_organisation", organisation):
        raise PermissionDenied
    data = _clean(data)
    if logo:
        check_logo(logo)
    country, office = _route(data)
    check_name_free(name_en=data["name_en"], country=country, exclude_pk=organisation.pk)
    organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
    previous = organisation.revisions.filter(status=ProfileRevision.Status.PENDING).first()
    if previous:
        previous.status = ProfileRevision.Status.WITHDRAWN
        previous.save(update_fields=["status", "updated"])
        logo = logo or previous.logo
    revision = ProfileRevision.objects.create(
        organisation=organisation, data=data, office=office, submitted_by=actor, logo=logo or ""
    )
    if previous:
        discard_logo(previous)
    if not organisation.is_published:  # nothing public to protect: the owners see what they sent
        apply_data(organisation, data)
        organisation.status = OrganisationStatus.PENDING
        organisation.office = office
        organisation.save(update_fields=["status", "office", "updated"])
    log_action(actor=actor, action="directory.organisation.submit", subject=organisation,
               data={"revision": revision.pk, "replaces": previous.pk if previous else None})
    _ask_validation(revision)
    return revision


def _lock_pending(actor, revision):
    """The pending revision, locked, after checking that ``actor`` may decide on it.

    A decision outside the staff member's own office (the override) is marked in the audit log.
    """
    revision = ProfileRevision.objects.select_for_update().select_related("organisation").get(pk=revision.pk)
    if not can_decide(viewer=actor, revision=revision):
        raise PermissionDenied
    if revision.status != ProfileRevision.Status.PENDING:
        raise ValidationError(_("This proposal has already been dealt with."))
    return revision


def _override(actor, revision):
    return {"override": True} if actor.office_id != revision.office_id else {}


def _tell_owners(revision, template):
    context = {"organisation": revision.organisation, "revision": revision}
    send_mail_to(admin_recipients(revision.organisation), template=f"directory/email/{template}",
                 context=context, link=("directory:profile", {"slug": revision.organisation.slug}))


@transaction.atomic
def approve_revision(*, actor, revision):
    """Publish the proposed version: copy it onto the profile and tell the owners."""
    revision = _lock_pending(actor, revision)
    _check_stored(revision)
    organisation = revision.organisation
    check_name_free(name_en=revision.data["name_en"], country=Country.objects.get(code=revision.data["country"]),
                    exclude_pk=organisation.pk)
    now = timezone.now()
    first_publication = organisation.published_at is None
    apply_data(organisation, revision.data)
    if first_publication:
        organisation.slug = unique_slug(organisation.name_en, exclude_pk=organisation.pk)
        organisation.published_at = now
    publish_logo(revision=revision, organisation=organisation)
    organisation.status = OrganisationStatus.PUBLISHED
    organisation.office = revision.office
    organisation.confirmed_at = now
    organisation.rejection_reason = ""
    try:
        with transaction.atomic():
            organisation.save()
    except IntegrityError:  # another profile of that name was published at the same moment
        check_name_free(name_en=organisation.name_en, country=organisation.country, exclude_pk=organisation.pk)
        raise
    refresh_search_text(organisation)
    revision.status, revision.reviewed_by, revision.reviewed_at = ProfileRevision.Status.APPROVED, actor, now
    revision.save(update_fields=["status", "reviewed_by", "reviewed_at", "logo", "updated"])
    log_action(actor=actor, action="directory.revision.approve", subject=organisation,
               data={"revision": revision.pk, **_override(actor, revision)})
    _tell_owners(revision, "revision_approved")
    return organisation


@transaction.atomic
def reject_revision(*, actor, revision, reason):
    """Refuse a proposal, with a reason the owners see; a published profile stays as it was."""
    reason = (reason or "").strip()
    revision = _lock_pending(actor, revision)
    if not reason:
        raise ValidationError({"reason": _("Please give the reason, so that the owners can fix it.")})
    revision.status, revision.reviewed_by = ProfileRevision.Status.REJECTED, actor
    revision.reviewed_at, revision.reason = timezone.now(), reason
    revision.save(update_fields=["status", "reviewed_by", "reviewed_at", "reason", "updated"])
    discard_logo(revision)
    organisation = revision.organisation
    if not organisation.is_published:
        organisation.status = OrganisationStatus.REJECTED
        organisation.rejection_reason = reason
        organisation.save(update_fields=["status", "rejection_reason", "updated"])
    log_action(actor=actor, action="directory.revision.reject", subject=organisation,
               data={"revision": revision.pk, "reason": reason, **_override(actor, revision)})
    _tell_owners(revision, "revision_rejected")
    return revision


@transaction.atomic
def confirm_profile_current(*, actor, organisation):
    """The owners say the published profile is still right: it is no longer "possibly outdated"."""
    if not actor.has_perm("directory.change_organisation", organisation):
        raise PermissionDenied
    organisation.confirmed_at = timezone.now()
    organisation.save(update_fields=["confirmed_at", "updated"])
    log_action(actor=actor, action="directory.organisation.confirm", subject=organisation)
    return organisation
