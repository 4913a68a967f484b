"""Partner matching: counterparts for an organisation or an opportunity, each explained.

The score (0 to 1) adds six parts, each between 0 and 1, with these weights:

- complementarity (0.15): the other side (European for Japanese and the reverse; a joint
  action towards a third country may also look on its own side, at half) and the kind of
  organisation sought;
- sectors (0.30): shared sectors count fully, sectors meeting only through the classification's
  hierarchy (a NACE division and its section) half;
- shared interests and third-country targets (0.15);
- offer/request complementarity (0.15): one seeks what the other offers;
- existing links (0.10): a twinning between their places;
- text (0.15): how alike their descriptions are: the TF-IDF-like cosine of their stored terms
  (the IDF over the candidates) or, when both vectors carry the sentence model's embedding
  (the ``ejrc[semantic]`` extra), the rescaled cosine of the embeddings if that is higher.

Only stored :class:`~ejrc.partnering.models.MatchVector` rows are read. Candidates are chosen
in the database by counting the keys they share (:class:`~ejrc.partnering.models.MatchKey`:
a sector or its section, an interest, a third country) on the wanted side, and at most
:data:`CANDIDATES` vectors are read and scored.
"""

import math
from dataclasses import dataclass, field

from django.db.models import Count
from django.utils.translation import gettext as _

from ejrc.directory.models import CooperationLink, Organisation

from ..models import MatchKey, MatchVector, OpportunityKind, PartnerSide
from . import semantic
from .match_explain import explain
from .match_features import match_keys

WEIGHTS = {"complement": 0.15, "sectors": 0.30, "shared": 0.15, "offer_request": 0.15, "twinning": 0.10,
           "text": 0.15}
CANDIDATES = 250
TOP = 20


@dataclass
class Recommendation:
    organisation: Organisation
    score: float
    reasons: list


@dataclass
class Recommendations:
    items: list = field(default_factory=list)
    missing: list = field(default_factory=list)  # what the profile lacks, in the viewer's language
    pending: bool = False  # the vector is not computed yet


def missing_parts(features):
    """What a profile needs before it can be matched, said plainly."""
    missing = []
    if not features.get("sectors"):
        missing.append(_("the sectors you work in"))
    if not features.get("interests") and not (features.get("offers") or features.get("requests")):
        missing.append(_("your cooperation interests"))
    if not features.get("described"):
        missing.append(_("a description"))
    return missing


def wanted_sides(side, features):
    other = {"japan": ["europe"], "europe": ["japan"]}.get(side, ["europe", "japan"])
    sought = features.get("partner_side")
    if sought in (PartnerSide.EUROPE, PartnerSide.JAPAN):
        other = [sought]
    if features.get("opportunity_kind") == OpportunityKind.JOINT_ACTION:
        return sorted({*other, side})
    return other


def _candidates(target, sides, exclude_id):
    """Ids of up to :data:`CANDIDATES` profiles on ``sides`` sharing the most keys with ``target``
    (sectors or their sections, interests, third countries): one indexed table, no vectors read."""
    keys = match_keys(target.features)
    return list(
        MatchKey.objects.filter(key__in=keys, side__in=sides).exclude(organisation_id=exclude_id)
        .values("organisation_id").annotate(n=Count("pk")).order_by("-n", "organisation_id")
        .values_list("organisation_id", flat=True)[:CANDIDATES]
    )


def twinned_places(features):
    """``{other side's region or prefecture code: (Japanese place, European place)}``."""
    links = CooperationLink.objects.filter(kind=CooperationLink.Kind.TWINNING)
    if features["prefecture"]:
        rows = links.filter(jp_prefecture__code=features["prefecture"], eu_region__isnull=False).values_list(
            "eu_region__code", "jp_place", "eu_place")
    elif features["region"]:
        rows = links.filter(eu_region__code__startswith=features["region"], jp_prefecture__isnull=False)
        rows = rows.values_list("jp_prefecture__code", "jp_place", "eu_place")
    else:
        return {}
    return {code: (jp_place, eu_place) for code, jp_place, eu_place in rows}


def _twinning(twinned, features):
    if features["prefecture"] in twinned:
        return twinned[features["prefecture"]]
    region = features["region"]
    if region:
        for code, places in twinned.items():
            if code.startswith(region) or region.startswith(code):
                return places
    return None


def _cosine(a, b, idf):
    shared = set(a) & set(b)
    if not shared:
        return 0.0
    dot = sum(a[t] * b[t] * idf[t] ** 2 for t in shared)
    norm_a = math.sqrt(sum((w * idf[t]) ** 2 for t, w in a.items()))
    norm_b = math.sqrt(sum((w * idf[t]) ** 2 for t, w in b.items()))
    return dot / (norm_a * norm_b) if norm_a and norm_b else 0.0


def text_similarity(target, candidate, idf):
    """The score's text part: the terms' cosine, or the embeddings' when both have one and it is higher."""
    words = _cosine(target.terms, candidate.terms, idf)
    if target.embedding and candidate.embedding and target.method == candidate.method == semantic.METHOD:
        return max(words, semantic.similarity(target.embedding, candidate.embedding))
    return words


def idf_of(vectors):
    documents = len(vectors)
    frequency = {}
    for vector in vectors:
        for term in vector.terms:
            frequency[term] = frequency.get(term, 0) + 1
    return {term: math.log((1 + documents) / (1 + n)) + 1 for term, n in frequency.items()}


def score_parts(target, candidate, *, idf, twinned):
    """The six parts of the score of ``candidate`` (a vector) for ``target`` (a vector)."""
    mine, theirs = target.features, candidate.features
    kinds = mine.get("partner_kinds") or []
    kind_fit = 1.0 if not kinds or theirs["kind"] in kinds else 0.3
    exact = set(mine["sectors"]) & set(theirs["sectors"])
    related = (set(mine["sectors"]) | set(mine["parents"])) & (set(theirs["sectors"]) | set(theirs["parents"]))
    smaller = max(1, min(len(mine["sectors"]), len(theirs["sectors"])))
    interests = set(mine["interests"]) & set(theirs["interests"])
    third = set(mine["third"]) & set(theirs["third"])
    shared = [len(interests) / len(mine["interests"])] if mine["interests"] else []
    shared += [len(third) / len(mine["third"])] if mine["third"] else []
    seeks = set(mine["requests"]) & set(theirs["offers"])
    offers = set(mine["offers"]) & set(theirs["requests"])
    places = _twinning(twinned, theirs)
    return {
        "complement": (1.0 if candidate.side != target.side else 0.5) * kind_fit,
        "sectors": min(1.0, (len(exact) + 0.5 * len(related - exact)) / smaller),
        "shared": sum(shared) / len(shared) if shared else 0.0,
        "offer_request": 1.0 if seeks or offers else 0.0,
        "twinning": 1.0 if places else 0.0,
        "text": text_similarity(target, candidate, idf),
    }, {"exact": exact, "related": related - exact, "interests": interests, "third": third,
        "seeks": seeks, "offers": offers, "places": places}


def recommend(*, target, exclude_organisation_id, limit=TOP):
    """The best ``limit`` counterparts for a stored ``target`` vector, with their reasons."""
    features = target.features
    ids = _candidates(target, wanted_sides(target.side, features), exclude_organisation_id)
    vectors = list(MatchVector.objects.filter(organisation_id__in=ids))
    idf = idf_of([target, *vectors])
    twinned = twinned_places(features)
    scored = []
    for vector in vectors:
        parts, facts = score_parts(target, vector, idf=idf, twinned=twinned)
        total = sum(WEIGHTS[name] * value for name, value in parts.items())
        scored.append((total, vector.organisation_id, parts, facts, vector))
    scored.sort(key=lambda row: (-row[0], row[1]))
    best = scored[:limit]
    organisations = Organisation.objects.select_related("country", "region", "prefecture").in_bulk(
        [row[1] for row in best])
    reasons = explain(target, [(row[2], row[3], row[4]) for row in best])
    return [Recommendation(organisations[row[1]], round(row[0] * 100), reason)
            for row, reason in zip(best, reasons, strict=True) if row[1] in organisations]


def recommend_for(*, vector_filter, exclude_organisation_id, limit=TOP):
    """Recommendations from the stored vector found by ``vector_filter`` (a dict of lookups)."""
    target = MatchVector.objects.filter(**vector_filter).first()
    if target is None:
        return Recommendations(pending=True)
    missing = missing_parts(target.features)
    if not target.features.get("sectors") and not target.features.get("interests") and not target.features["third"]:
        return Recommendations(missing=missing)
    return Recommendations(items=recommend(target=target, exclude_organisation_id=exclude_organisation_id,
                                           limit=limit), missing=missing)
