"""The directory search: a normalised document per organisation, matched the same way on
SQLite and PostgreSQL (no full-text engine: Japanese works without word splitting).

Text is folded with :func:`normalise` (NFKC, Latin accents off, case folded, katakana to
hiragana) on both sides, so a query term matches when it is a substring of the document.
Names, places and sectors are also kept in their own columns so that the database can rank
name matches above place or sector matches, and those above description-only matches.
Facets (filters and counts) live in :mod:`.search_facets`, the visitor's parameters in
:mod:`.search_params`.
"""

import html
import re
import unicodedata
from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db.models import Case, IntegerField, Q, Value, When
from django.db.models.functions import Coalesce, NullIf
from django.utils import translation
from django.utils.html import strip_tags

from ejrc.core.i18n import current_language
from ejrc.geo.models import JAPANESE_AREAS

from ..models import (
    CooperationInterest,
    Label,
    Organisation,
    OrganisationInterest,
    OrganisationKind,
    OrganisationStatus,
    Sector,
)
from . import search_facets
from .search_params import CONTROLS, SearchParams, Sort

_COMBINING_ACCENTS = re.compile("[\u0300-\u036f]")  # Latin accents only: keeps Japanese dakuten
_KATAKANA = re.compile("[\u30a1-\u30f6]")
_SPACES = re.compile(r"\s+")
# Quoted phrases stay whole; otherwise spaces and list punctuation (EN and JA) separate terms.
_TERM = re.compile(r'"([^"]+)"|([^\s",;、。，；]+)')
_PREFECTURE_SUFFIXES = ("県", "府", "都")
_KANA_SUFFIXES = ("けん", "ふ", "と")
MAX_TERMS = 8
MAX_TERM_LENGTH = 100
PAGE_SIZE = 20
SEPARATOR = "\n"  # never inside a normalised value: it marks where each name starts and ends


def normalise(text) -> str:
    """Fold ``text`` for matching: ``Île-de-France`` → ``ile-de-france``, ``ギフ`` → ``ぎふ``."""
    text = CONTROLS.sub(" ", str(text or ""))
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    text = unicodedata.normalize("NFKC", _COMBINING_ACCENTS.sub("", text)).casefold()
    text = _KATAKANA.sub(lambda match: chr(ord(match.group()) - 0x60), text)
    return _SPACES.sub(" ", text).strip()


def query_terms(query) -> list[str]:
    """The normalised terms of a query: a run of Japanese without spaces is one term."""
    terms = []
    for phrase, word in _TERM.findall(normalise(query)):
        term = (phrase or word).strip()[:MAX_TERM_LENGTH]
        if term and term not in terms:
            terms.append(term)
    return terms[:MAX_TERMS]


def _in_both_languages(label) -> list[str]:
    values = []
    for language in ("en", "ja"):
        with translation.override(language):
            values.append(str(label))
    return values


def _document(values) -> str:
    """Join normalised values, one per line, without blanks or repeats."""
    seen = []
    for value in map(normalise, values):
        if value and value not in seen:
            seen.append(value)
    return SEPARATOR.join(seen)


def _prefecture_names(prefecture) -> list[str]:
    """岐阜県 and 岐阜, ぎふけん and ぎふ, Gifu, and the area (Chubu / 中部)."""
    names = [prefecture.name_en, prefecture.name_ja, prefecture.name_kana]
    if prefecture.name_ja.endswith(_PREFECTURE_SUFFIXES):
        names.append(prefecture.name_ja[:-1])
        kana = normalise(prefecture.name_kana)
        names += [kana[: -len(suffix)] for suffix in _KANA_SUFFIXES if kana.endswith(suffix)][:1]
    names.extend(_in_both_languages(dict(JAPANESE_AREAS).get(prefecture.area, "")))
    return names


def _place_names(organisation) -> list[str]:
    names = [organisation.city, organisation.country.name_en, organisation.country.name_ja]
    region = organisation.region
    while region is not None:  # a NUTS 3 region is also found by its NUTS 2 and 1 names
        names += [region.name_en, region.name_native, region.name_ja]
        region = region.parent
    if organisation.prefecture:
        names += _prefecture_names(organisation.prefecture)
    return names


def _topic_names(organisation) -> list[str]:
    """Sectors, interests, third countries and labels, read afresh (never from a prefetch
    cache that the caller's changes may have outdated)."""
    names = []
    for sector in Sector.objects.filter(organisation=organisation).select_related("parent"):
        names += [sector.name_en, sector.name_ja, sector.code]
        if sector.parent:  # a NACE division is also found by its section
            names += [sector.parent.name_en, sector.parent.name_ja]
    for interest in OrganisationInterest.objects.filter(organisation=organisation):
        names += _in_both_languages(CooperationInterest(interest.interest).label)
    third_countries = Organisation.third_countries.through.objects.filter(organisation=organisation)
    for link in third_countries.select_related("country"):
        names += [link.country.name_en, link.country.name_ja]
    for label in Label.objects.filter(organisation=organisation):
        names += [label.name_en, label.name_ja, *_in_both_languages(Label.Kind(label.kind).label)]
    return names


def refresh_search_text(organisation) -> None:
    """Recompute and save the search columns of ``organisation`` (call after any change).

    Only the search columns are written, so the profile's ``updated`` time stays as it was.
    """
    names = [organisation.name_en, organisation.name_ja]
    places = _place_names(organisation)
    topics = _topic_names(organisation)
    kind = _in_both_languages(OrganisationKind(organisation.kind).label) if organisation.kind else []
    descriptions = [html.unescape(strip_tags(organisation.description_en)),
                    html.unescape(strip_tags(organisation.description_ja))]
    organisation.search_name = SEPARATOR + _document(names) + SEPARATOR
    organisation.search_place = _document(places)
    organisation.search_sectors = _document(topics)
    organisation.search_text = _document(names + kind + places + topics + descriptions)
    organisation.save(update_fields=["search_text", "search_name", "search_place", "search_sectors"])


def refresh_all_search_texts(queryset=None) -> int:
    """Rebuild the search columns of many organisations (after an import); returns how many."""
    queryset = queryset if queryset is not None else Organisation.objects.all()
    count = 0
    for organisation in queryset.select_related("country", "region", "prefecture"):
        refresh_search_text(organisation)
        count += 1
    return count


def filter_terms(queryset, terms):
    """Organisations whose search document contains every term (AND)."""
    for term in terms:
        queryset = queryset.filter(search_text__contains=term)
    return queryset


def annotate_rank(queryset, terms):
    """Annotate ``rank``, computed by the database from the separate search columns.

    The whole query as a name scores 1000, a name starting with it 500, containing it 300;
    then each term found in a name adds 40, in a place or sector 10. A profile found only
    through its description (or kind, interests, labels) scores 0.
    """
    if not terms:
        return queryset.annotate(rank=Value(0, output_field=IntegerField()))
    whole = " ".join(terms)
    rank = Case(
        When(search_name__contains=SEPARATOR + whole + SEPARATOR, then=Value(1000)),
        When(search_name__contains=SEPARATOR + whole, then=Value(500)),
        When(search_name__contains=whole, then=Value(300)),
        default=Value(0),
    )
    for term in terms:
        rank = rank + Case(
            When(search_name__contains=term, then=Value(40)),
            When(Q(search_place__contains=term) | Q(search_sectors__contains=term), then=Value(10)),
            default=Value(0),
        )
    return queryset.annotate(rank=rank)


@dataclass
class SearchResults:
    params: SearchParams
    terms: list
    page: Page
    facets: list

    @property
    def total(self):
        return self.page.paginator.count


def _ordered(queryset, sort):
    if current_language() == "ja":
        name = Coalesce(NullIf("name_ja", Value("")), "name_en")
    else:
        name = "name_en"
    if sort == Sort.UPDATED:
        return queryset.order_by("-updated", name, "pk")
    if sort == Sort.NAME:
        return queryset.order_by(name, "pk")
    return queryset.order_by("-rank", name, "pk")


def search_directory(*, params, page=1) -> SearchResults:
    """One page of published profiles matching ``params``, with the facets around them.

    ``page`` may be anything the visitor typed: a bad one gives the first page, one past
    the end the last.
    """
    terms = query_terms(params.query)
    base = filter_terms(Organisation.objects.filter(status=OrganisationStatus.PUBLISHED), terms)
    filters = search_facets.facet_filters(params)

    def narrowed(excluding=None):
        """The base with every facet's selection applied, except ``excluding``'s."""
        queryset = base
        for key, condition in filters.items():
            if key != excluding:
                queryset = queryset.filter(condition)
        return queryset

    results = _ordered(annotate_rank(narrowed(), terms), params.sort)
    results = results.select_related("country", "region", "prefecture").prefetch_related(
        search_facets.card_sectors(), "interests", "labels"
    )
    facets = [
        search_facets.kind_facet(narrowed("kind"), params),
        search_facets.country_facet(narrowed("country"), params),
        search_facets.place_facet(narrowed("place"), params),
        *search_facets.sector_facets(narrowed("sector"), params),
        search_facets.interest_facet(narrowed("interest"), params),
        search_facets.third_country_facet(narrowed("third"), params),
        search_facets.label_facet(narrowed("label"), params),
    ]
    return SearchResults(
        params=params,
        terms=terms,
        page=Paginator(results, PAGE_SIZE).get_page(page),
        facets=[facet for facet in facets if facet and facet.options],
    )
