"""What a matching profile's digest lists: the organisations and opportunities published in the
digest's period whose stored vectors match the profile's well enough, each with its reasons.

It is the ``matches`` branch of :func:`ejrc.partnering.domain.alerts.new_items`: the same
claim, outbox and unsubscribe path as every saved search. Only stored vectors are read (the
tasks keep them current); the rows new in one period are few, so each is scored in full.
"""

from dataclasses import dataclass

from django.utils import translation

from ejrc.core.mail import site_url
from ejrc.directory.models import OrganisationStatus

from ..models import MatchVector
from .match_explain import explain
from .matching import WEIGHTS, idf_of, twinned_places, wanted_sides, score_parts
from .search import open_opportunities

# A counterpart on the other side that shares a sector scores 0.45: less is not worth a mail.
MIN_SCORE = 0.4
# At most this many new rows of each kind are scored per digest (a busy week has far fewer).
MAX_NEW = 1000


@dataclass
class MatchedItem:
    title: str
    url: str
    score: int
    reasons: list
    is_opportunity: bool


def _new_vectors(target, *, organisation_id, since, until):
    sides = wanted_sides(target.side, target.features)
    organisations = MatchVector.objects.filter(
        side__in=sides, organisation__status=OrganisationStatus.PUBLISHED,
        organisation__published_at__gt=since, organisation__published_at__lte=until,
    ).exclude(organisation_id=organisation_id).select_related("organisation__country")
    opportunities = MatchVector.objects.filter(
        side__in=sides, opportunity__in=open_opportunities().filter(published_at__gt=since, published_at__lte=until),
    ).exclude(opportunity__organisation_id=organisation_id).select_related("opportunity__organisation")
    return list(organisations.order_by("pk")[:MAX_NEW]) + list(opportunities.order_by("pk")[:MAX_NEW])


def new_matches(saved_search, *, since, until, limit):
    """The best ``limit`` new matches of ``saved_search``'s profile, reasons in the reader's language."""
    target = MatchVector.objects.filter(organisation_id=saved_search.organisation_id).first()
    if target is None:
        return []
    vectors = _new_vectors(target, organisation_id=saved_search.organisation_id, since=since, until=until)
    if not vectors:
        return []
    idf, twinned = idf_of([target, *vectors]), twinned_places(target.features)
    scored = []
    for vector in vectors:
        parts, facts = score_parts(target, vector, idf=idf, twinned=twinned)
        total = sum(WEIGHTS[name] * value for name, value in parts.items())
        if total >= MIN_SCORE:
            scored.append((total, vector.pk, parts, facts, vector))
    scored.sort(key=lambda row: (-row[0], row[1]))
    best = scored[:limit]
    with translation.override(saved_search.user.preferred_language or "en"):
        reasons = explain(target, [(row[2], row[3], row[4]) for row in best])
        return [_item(row[4], round(row[0] * 100), reason) for row, reason in zip(best, reasons, strict=True)]


def _item(vector, score, reasons):
    """One line of the digest, with an absolute link in the active (the reader's) language."""
    if vector.opportunity_id:
        opportunity = vector.opportunity
        return MatchedItem(f"{opportunity.reference} {opportunity.title} ({opportunity.organisation})",
                           site_url("partnering:opportunity", reference=opportunity.reference), score, reasons, True)
    organisation = vector.organisation
    return MatchedItem(f"{organisation} ({organisation.country})",
                       site_url("directory:profile", slug=organisation.slug), score, reasons, False)
