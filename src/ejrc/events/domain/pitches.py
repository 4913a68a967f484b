"""Calls for pitches: regions, prefectures and clusters submit, organisers decide and order."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from ejrc.core.activity import log_action
from ejrc.directory.models import Membership, OrganisationKind
from ejrc.events.models import Pitch, PitchStatus, SessionKind

PITCHING_KINDS = (OrganisationKind.REGION, OrganisationKind.PREFECTURE, OrganisationKind.CLUSTER,
                  OrganisationKind.CLUSTER_NETWORK, OrganisationKind.REGION_NETWORK)
PDF_START, PDF_END = b"%PDF-", b"%%EOF"


def max_slides_bytes():
    return getattr(settings, "EJRC_MAX_SLIDES_BYTES", 20 * 1024 * 1024)


def check_slides(upload):
    """A PDF by its content (its first and last bytes), not by its name, of a sane size."""
    limit = max_slides_bytes()
    if upload.size > limit:
        raise ValidationError({"slides": [_("The slides are too large (%(size)s); the maximum is %(max)s.") % {
            "size": filesizeformat(upload.size), "max": filesizeformat(limit)}]})
    upload.seek(0)
    head = upload.read(len(PDF_START))
    upload.seek(max(upload.size - 1024, 0))
    tail = upload.read()
    upload.seek(0)
    if head != PDF_START or PDF_END not in tail:
        raise ValidationError({"slides": [_("The slides must be a PDF file.")]})


def submit_pitch(*, actor, session, organisation, title, abstract, slides):
    """A pitch for ``session`` on behalf of ``organisation`` (one per organisation and call)."""
    if session.kind != SessionKind.PITCH or not session.call_open or not session.event.is_published:
        raise ValidationError(_("This session takes no pitches at the moment."))
    if not Membership.objects.filter(user=actor, organisation=organisation).exists():
        raise ValidationError({"organisation": [_("You can pitch only for an organisation you belong to.")]})
    if organisation.kind not in PITCHING_KINDS:
        raise ValidationError({"organisation": [_("Pitches are for regions, prefectures and clusters.")]})
    check_slides(slides)
    try:
        with transaction.atomic():
            pitch = Pitch.objects.create(session=session, organisation=organisation, submitted_by=actor,
                                         title=title, abstract=abstract, slides=slides)
            log_action(actor=actor, action="events.pitch.submit", subject=pitch)
    except IntegrityError:
        raise ValidationError(_("Your organisation has already pitched for this session.")) from None
    return pitch


def decide_pitch(*, actor, pitch, accept, reason=""):
    if not accept and not reason.strip():
        raise ValidationError({"reason": [_("Please give the organisation a reason.")]})
    with transaction.atomic():
        pitch.status = PitchStatus.ACCEPTED if accept else PitchStatus.REJECTED
        pitch.decision_reason = reason.strip()
        if not accept:
            pitch.position = None
        pitch.save(update_fields=["status", "decision_reason", "position", "updated"])
        log_action(actor=actor, action="events.pitch.decide", subject=pitch, data={"status": pitch.status})
    return pitch


def set_running_order(*, actor, session, pitch_ids, publish):
    """Order the accepted pitches of ``session`` as ``pitch_ids`` lists them, all of them."""
    accepted = {pitch.pk: pitch for pitch in session.pitches.filter(status=PitchStatus.ACCEPTED)}
    if sorted(pitch_ids) != sorted(accepted):
        raise ValidationError(_("Give each accepted pitch one place in the running order."))
    with transaction.atomic():
        session.pitches.update(position=None)
        for position, pitch_id in enumerate(pitch_ids, start=1):
            Pitch.objects.filter(pk=pitch_id).update(position=position)
        session.running_order_published = publish
        session.save(update_fields=["running_order_published"])
        log_action(actor=actor, action="events.pitch.order", subject=session.event,
                   data={"session": session.pk, "order": pitch_ids, "published": publish})


def open_call(*, actor, session, is_open):
    if session.kind != SessionKind.PITCH:
        raise ValidationError(_("Only pitch sessions have a call for pitches."))
    with transaction.atomic():
        session.call_open = is_open
        session.save(update_fields=["call_open"])
        log_action(actor=actor, action="events.pitch.call", subject=session.event,
                   data={"session": session.pk, "open": is_open})


def may_fetch(user, name):
    """Slides are for the event's organisers and the pitching organisation's members."""
    if not user.is_authenticated:
        return False
    pitch = Pitch.objects.select_related("session__event").filter(slides=name).first()
    if pitch is None:
        return False
    event = pitch.session.event
    return (user.is_superuser or event.organisers.filter(pk=user.pk).exists()
            or Membership.objects.filter(user=user, organisation=pitch.organisation_id).exists())
