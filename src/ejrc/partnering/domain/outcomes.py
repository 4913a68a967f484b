"""Outcomes of accepted contacts: the stages reached, the offices' pipeline, public figures."""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from ejrc.core.activity import log_action

from ..models import ExpressionOfInterest, Outcome, OutcomeStage
from .interests import side_of
from .search import open_opportunities

PDF_SIGNATURE = b"%PDF-"
LARGEST_DOCUMENT = 10 * 1024 * 1024


def check_pdf(document):
    """A PDF by its content (not its name) and no larger than the limit."""
    limit = getattr(settings, "EJRC_OUTCOME_DOCUMENT_BYTES", LARGEST_DOCUMENT)
    if document.size > limit:
        raise ValidationError({"document": _("The document is too large (at most %(mb)s MB).")
                               % {"mb": limit // (1024 * 1024)}})
    document.seek(0)
    head = document.read(1024)
    document.seek(0)
    if PDF_SIGNATURE not in head:
        raise ValidationError({"document": _("The document must be a PDF file.")})


@transaction.atomic
def record_outcome(*, actor, interest, stage, happened_on, document=None):
    """Record that ``interest`` (an accepted contact) reached ``stage`` on ``happened_on``."""
    interest = ExpressionOfInterest.objects.select_for_update().select_related(
        "organisation", "opportunity__organisation").get(pk=interest.pk)
    if side_of(actor, interest) is None:
        raise PermissionDenied
    if interest.status != ExpressionOfInterest.Status.ACCEPTED:
        raise ValidationError(_("Outcomes can be recorded once the contact is accepted."))
    if stage not in OutcomeStage.values:
        raise ValidationError({"stage": _("Choose a stage from the list.")})
    if happened_on is None or happened_on > timezone.localdate():
        raise ValidationError({"happened_on": _("Give the date it happened (not a future date).")})
    if document:
        check_pdf(document)
    try:
        with transaction.atomic():
            outcome = Outcome.objects.create(interest=interest, stage=stage, happened_on=happened_on,
                                             document=document or "", recorded_by=actor)
    except IntegrityError:
        raise ValidationError({"stage": _("This stage is already recorded for this contact.")}) from None
    log_action(actor=actor, action="partnering.outcome.record", subject=interest,
               data={"stage": stage, "date": happened_on.isoformat()})
    return outcome


def pipeline(*, office=None):
    """Accepted contacts (in ``office``'s area when given: either side is routed to it), each
    with its outcomes, newest first."""
    interests = ExpressionOfInterest.objects.filter(status=ExpressionOfInterest.Status.ACCEPTED)
    if office is not None:
        interests = interests.filter(Q(organisation__office=office) | Q(opportunity__organisation__office=office))
    return (
        interests.select_related("organisation__country", "opportunity__organisation__country")
        .prefetch_related("outcomes")
        .order_by("-answered_at", "-pk")
    )


def public_figures():
    """The home page's figures: accepted contacts and how many reached each stage (one query)."""
    accepted = ExpressionOfInterest.objects.filter(status=ExpressionOfInterest.Status.ACCEPTED)
    counts = accepted.aggregate(
        contacts=Count("pk", distinct=True),
        **{stage: Count("pk", filter=Q(outcomes__stage=stage), distinct=True) for stage in OutcomeStage.values},
    )
    return {
        "contacts": counts["contacts"],
        "stages": [(label, counts[stage]) for stage, label in OutcomeStage.choices],
    }


def home_figures():
    """The context of the home page's partnering section (two queries)."""
    return {"figures": public_figures(), "open_opportunities": open_opportunities().count()}
