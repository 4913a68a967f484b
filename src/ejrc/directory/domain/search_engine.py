"""The one search code path of the platform: terms, rank, facets and pages over any model
that keeps the four normalised search columns (``search_text``, ``search_name``,
``search_place``, ``search_sectors``).

The directory's profiles (:mod:`.search`) and partnering's opportunities both search through
:func:`faceted_search`; each passes its own queryset, its facets (:class:`FacetSpec`) and its
order. Text is folded with :func:`normalise` (NFKC, Latin accents off, case folded, katakana
to hiragana) on both sides, so a query term matches when it is a substring of the document:
the same on SQLite and PostgreSQL, and Japanese works without word splitting. The document
also holds the readings of its Japanese (:mod:`.readings`), so 水素 is found as すいそ and suiso.

On PostgreSQL the substring filter is backed by two GIN indexes on ``search_text``
(migrations ``directory.0007`` and ``partnering.0007``): pg_trgm serves terms of three
characters or more; trigrams cannot serve one or two (岐阜, 水), so ``ejrc_search_grams()``
indexes every one- and two-character substring of the document, and such a term is looked up
there (``@>``) as well. The ``LIKE`` stays in the query, so results are exactly SQLite's.
"""

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db import connections
from django.db.models import BooleanField, Case, F, Func, IntegerField, Q, Value, When

from ejrc.core.cache import cached

from .readings import readings
from .search_params import CONTROLS, SearchParams

_COMBINING_ACCENTS = re.compile("[\u0300-\u036f]")  # Latin accents only: keeps Japanese dakuten
_KATAKANA = re.compile("[\u30a1-\u30f6]")
_SPACES = re.compile(r"\s+")
# Quoted phrases stay whole; otherwise spaces and list punctuation (EN and JA) separate terms.
_TERM = re.compile(r'"([^"]+)"|([^\s",;、。，；]+)')
MAX_TERMS = 8
MAX_TERM_LENGTH = 100
PAGE_SIZE = 20
SEPARATOR = "\n"  # never inside a normalised value: it marks where each name starts and ends
SHORT_TERM = 2  # terms this long are looked up in the index of short substrings on PostgreSQL


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


def document(values) -> str:
    """Join normalised values, one per line, without blanks or repeats."""
    seen = []
    for value in map(normalise, values):
        if value and value not in seen:
            seen.append(value)
    return SEPARATOR.join(seen)


def search_columns(*, names, places, topics, other) -> dict:
    """The four search columns from the raw values of a row (names rank first); the document
    also holds the kana and romaji readings of every Japanese value."""
    values = [*names, *places, *topics, *other]
    spoken = [reading for value in values for reading in readings(value)]
    return {
        "search_name": SEPARATOR + document(names) + SEPARATOR,
        "search_place": document(places),
        "search_sectors": document(topics),
        "search_text": document([*values, *spoken]),
    }


class HasShortSubstring(Func):
    """PostgreSQL: ``ejrc_search_grams(column) @> ARRAY[term]``, which its GIN index answers."""

    output_field = BooleanField()

    def __init__(self, column, term):
        super().__init__(F(column), Value(term))

    def as_sql(self, compiler, connection, **extra):
        column, term = (compiler.compile(expression) for expression in self.source_expressions)
        return f"ejrc_search_grams({column[0]}) @> ARRAY[{term[0]}]::text[]", [*column[1], *term[1]]


def filter_terms(queryset, terms):
    """Rows whose search document contains every term (AND)."""
    postgres = connections[queryset.db].vendor == "postgresql"
    for term in terms:
        queryset = queryset.filter(search_text__contains=term)
        if postgres and len(term) <= SHORT_TERM:
            queryset = queryset.filter(HasShortSubstring("search_text", term))
    return queryset


def annotate_rank(queryset, terms):
    """Annotate ``rank``, computed by the database from the separate search columns.

    The whole query as a name scores 1000, a name starting with it 500, containing it 300;
    then each term found in a name adds 40, in a place or sector 10. A row found only
    through its other text scores 0.
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


@dataclass(frozen=True)
class FacetSpec:
    """One facet of a search: ``condition(values)`` is the filter (a ``Q``) for the ticked
    values; ``build(queryset, params)`` returns the facet (or a list of facets, or None) counted
    on ``queryset``, which has every *other* facet's selection applied but not its own."""

    key: str
    condition: Callable
    build: Callable


@dataclass
class SearchResults:
    params: SearchParams
    terms: list
    page: Page
    facets: list

    @property
    def total(self):
        return self.page.paginator.count


def _facet_filters(params, facets):
    specs = {spec.key: spec for spec in facets}
    return {key: specs[key].condition(values) for key, values in params.selected.items() if key in specs}


def matching_rows(*, queryset, params, facets):
    """The rows of ``queryset`` matching ``params`` (terms and every facet), unordered: what a
    saved search's digest looks at."""
    rows = filter_terms(queryset, query_terms(params.query))
    for condition in _facet_filters(params, facets).values():
        rows = rows.filter(condition)
    return rows


def faceted_search(*, queryset, params, facets, order, page=1, related=(), prefetch=(),
                   cache_name=None, cache_key=()) -> SearchResults:
    """One page of ``queryset`` matching ``params``, with its facets around it.

    ``order(queryset, sort)`` sorts the rows (``rank`` is annotated). Values within a facet are
    OR'ed, facets AND'ed. ``page`` may be anything the visitor typed: a bad one gives the first
    page, one past the end the last. With a ``cache_name`` (and a ``cache_key`` for what else
    ``queryset`` depends on) the facet counts are kept in the shared cache (:mod:`ejrc.core.cache`)
    until the data changes.
    """
    terms = query_terms(params.query)
    base = filter_terms(queryset, terms)
    filters = _facet_filters(params, facets)

    def narrowed(excluding=None):
        """The base with every facet's selection applied, except ``excluding``'s."""
        rows = base
        for key, condition in filters.items():
            if key != excluding:
                rows = rows.filter(condition)
        return rows

    results = order(annotate_rank(narrowed(), terms), params.sort)
    results = results.select_related(*related).prefetch_related(*prefetch)

    def built_facets():
        built = []
        for spec in facets:
            facet = spec.build(narrowed(spec.key), params)
            built += facet if isinstance(facet, list) else [facet]
        return [facet for facet in built if facet and facet.options]

    selection = (tuple(terms), tuple(sorted(params.selected.items())), cache_key)
    return SearchResults(
        params=params,
        terms=terms,
        page=Paginator(results, PAGE_SIZE).get_page(page),
        facets=cached(cache_name, built_facets, key=selection) if cache_name else built_facets(),
    )
