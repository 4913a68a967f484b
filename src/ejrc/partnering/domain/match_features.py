"""What the matching engine knows about an organisation or an opportunity, computed once.

:func:`organisation_features` and :func:`opportunity_features` return ``(side, features,
terms)`` for a :class:`~ejrc.partnering.models.MatchVector`. ``terms`` are the weighted words
of the descriptions (TF-IDF-like: sublinear term frequency here, inverse document frequency
over the candidates at recommendation time). Sector, interest and third-country names go
into the text in both languages, so that an English and a Japanese description of the same
work share words.
"""

import math
import re
import unicodedata
from collections import Counter

from django.db.models import Prefetch
from django.utils.html import strip_tags

from ejrc.directory.domain.search import in_both_languages
from ejrc.directory.models import CooperationInterest, Sector

from ..models import Direction, Opportunity, OpportunityStatus

TOP_TERMS = 64
_WORD = re.compile(r"[a-z0-9][a-z0-9\-]{2,}")
_KANJI = re.compile(r"[\u3400-\u9fff]+")
_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]+")
STOP_WORDS = frozenset(
    "and the for with our are from that this have has was were will can into also their they you your "
    "its not but all any more most other such than then them these those who what which when where "
    "why how about over under between within without per via etc work works working".split()
)


def side_of_country(country):
    """``japan``, ``europe`` (EU and EEA/EFTA) or ``other``."""
    if country.is_japan:
        return "japan"
    return "europe" if country.group in ("eu", "eea_efta") else "other"


def tokens(text):
    """Words of Latin text (without stop words, plural ``s`` off) and bigrams of kanji and
    katakana runs: Japanese needs no word splitting this way."""
    text = unicodedata.normalize("NFKC", strip_tags(text or "")).casefold()
    found = []
    for word in _WORD.findall(text):
        if word not in STOP_WORDS:
            found.append(word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word)
    for pattern in (_KANJI, _KATAKANA):
        for run in pattern.findall(text):
            found += [run[i:i + 2] for i in range(len(run) - 1)] if len(run) > 1 else [run]
    return found


def weighted_terms(texts):
    """The :data:`TOP_TERMS` heaviest terms, ``1 + log(tf)``, scaled to unit length."""
    counts = Counter(token for text in texts for token in tokens(text))
    weights = {term: 1 + math.log(n) for term, n in counts.most_common(TOP_TERMS)}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {term: round(w / norm, 4) for term, w in weights.items()}


def _sector_facts(sectors):
    """Sector ids, the ids of their parents (a NACE division's section) and their names."""
    ids, parents, names = set(), set(), []
    for sector in sectors:
        ids.add(sector.pk)
        names += [sector.name_en, sector.name_ja]
        if sector.parent_id:
            parents.add(sector.parent_id)
            names += [sector.parent.name_en, sector.parent.name_ja]
    return sorted(ids), sorted(parents), names


def _country_facts(countries):
    countries = list(countries)
    return sorted(c.code for c in countries), [name for c in countries for name in (c.name_en, c.name_ja)]


def organisation_features(organisation):
    """Features and terms of a profile, its published offers and requests included.

    Reads ``sectors`` (with their parents), ``interests``, ``third_countries`` and
    ``opportunities`` through the related managers, so a caller handling many profiles can
    prefetch them (see :data:`ORGANISATION_PREFETCH`).
    """
    sectors, parents, sector_names = _sector_facts(organisation.sectors.all())
    interests = sorted({row.interest for row in organisation.interests.all()})
    third, third_names = _country_facts(organisation.third_countries.all())
    offers, requests = set(), set()
    for opportunity in organisation.opportunities.all():
        if opportunity.status == OpportunityStatus.PUBLISHED:
            (offers if opportunity.direction == Direction.OFFER else requests).add(opportunity.kind)
    features = {
        "kind": organisation.kind, "sectors": sectors, "parents": parents, "interests": interests,
        "third": third, "offers": sorted(offers), "requests": sorted(requests),
        "region": organisation.region.code if organisation.region_id else "",
        "prefecture": organisation.prefecture.code if organisation.prefecture_id else "",
        "described": bool(strip_tags(organisation.description_en + organisation.description_ja).strip()),
    }
    interest_names = [name for i in interests for name in in_both_languages(CooperationInterest(i).label)]
    terms = weighted_terms([organisation.description_en, organisation.description_ja, *sector_names,
                            *interest_names, *third_names])
    return side_of_country(organisation.country), features, terms


ORGANISATION_PREFETCH = (
    Prefetch("sectors", queryset=Sector.objects.select_related("parent")),
    "interests", "third_countries",
    Prefetch("opportunities", queryset=Opportunity.objects.only("organisation_id", "status", "direction", "kind")),
)
OPPORTUNITY_PREFETCH = (
    Prefetch("sectors", queryset=Sector.objects.select_related("parent")), "third_countries", "partner_kinds",
)


def opportunity_features(opportunity):
    """Features and terms of an opportunity: what it offers or seeks, and whom."""
    sectors, parents, sector_names = _sector_facts(opportunity.sectors.all())
    third, third_names = _country_facts(opportunity.third_countries.all())
    features = {
        "kind": opportunity.organisation.kind, "sectors": sectors, "parents": parents, "interests": [],
        "third": third,
        "offers": [opportunity.kind] if opportunity.direction == Direction.OFFER else [],
        "requests": [opportunity.kind] if opportunity.direction == Direction.REQUEST else [],
        "region": "", "prefecture": "", "described": True,
        "opportunity_kind": opportunity.kind, "partner_side": opportunity.partner_side,
        "partner_kinds": sorted({row.kind for row in opportunity.partner_kinds.all()}),
    }
    organisation = opportunity.organisation
    features["region"] = organisation.region.code if organisation.region_id else ""
    features["prefecture"] = organisation.prefecture.code if organisation.prefecture_id else ""
    terms = weighted_terms([opportunity.title_en, opportunity.title_ja, opportunity.summary_en,
                            opportunity.summary_ja, *sector_names, *third_names])
    return side_of_country(organisation.country), features, terms


def match_keys(features):
    """The keys candidates are found by: sectors and their sections, interests, third countries."""
    return sorted({*(f"s:{pk}" for pk in features["sectors"] + features["parents"]),
                   *(f"i:{interest}" for interest in features["interests"]),
                   *(f"t:{code}" for code in features["third"])})
