"""The directory search: a normalised document per organisation, searched through the
platform's one search code path (:mod:`.search_engine`).

Names, places and sectors are also kept in their own columns so that the database can rank
name matches above place or sector matches, and those above description-only matches.
Facets (filters and counts) live in :mod:`.search_facets`, the visitor's parameters in
:mod:`.search_params`.
"""

import html

from django.db.models import Value
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
from . import search_facets as facets
from .search_engine import (  # noqa: F401 (filter_terms, query_terms: the directory's API too)
    FacetSpec,
    SearchResults,
    annotate_rank,
    faceted_search,
    filter_terms,
    matching_rows,
    normalise,
    query_terms,
    search_columns,
)
from .search_params import Sort

_PREFECTURE_SUFFIXES = ("県", "府", "都")
_KANA_SUFFIXES = ("けん", "ふ", "と")


def in_both_languages(label) -> list[str]:
    """A translated label in English and Japanese (both go into a search document)."""
    values = []
    for language in ("en", "ja"):
        with translation.override(language):
            values.append(str(label))
    return values


def _prefecture_names(prefecture) -> list[str]:
    """岐阜県 and 岐阜, ぎふけん and ぎふ, Gifu, and the area (Chubu / 中部)."""
    names = [prefecture.name_en, prefecture.name_ja, prefecture.name_kana]
    if prefecture.name_ja.endswith(_PREFECTURE_SUFFIXES):
        names.append(prefecture.name_ja[:-1])
        kana = normalise(prefecture.name_kana)
        names += [kana[: -len(suffix)] for suffix in _KANA_SUFFIXES if kana.endswith(suffix)][:1]
    names.extend(in_both_languages(dict(JAPANESE_AREAS).get(prefecture.area, "")))
    return names


def place_names(organisation) -> list[str]:
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
        names += in_both_languages(CooperationInterest(interest.interest).label)
    third_countries = Organisation.third_countries.through.objects.filter(organisation=organisation)
    for link in third_countries.select_related("country"):
        names += [link.country.name_en, link.country.name_ja]
    for label in Label.objects.filter(organisation=organisation):
        names += [label.name_en, label.name_ja, *in_both_languages(Label.Kind(label.kind).label)]
    return names


def refresh_search_text(organisation) -> None:
    """Recompute and save the search columns of ``organisation`` (call after any change).

    Only the search columns are written, so the profile's ``updated`` time stays as it was.
    """
    names = [organisation.name_en, organisation.name_ja]
    kind = in_both_languages(OrganisationKind(organisation.kind).label) if organisation.kind else []
    descriptions = [html.unescape(strip_tags(organisation.description_en)),
                    html.unescape(strip_tags(organisation.description_ja))]
    columns = search_columns(names=names, places=place_names(organisation),
                             topics=_topic_names(organisation), other=kind + descriptions)
    for column, value in columns.items():
        setattr(organisation, column, value)
    organisation.save(update_fields=list(columns))


def refresh_all_search_texts(queryset=None) -> int:
    """Rebuild the search columns of many organisations (after an import); returns how many."""
    queryset = queryset if queryset is not None else Organisation.objects.all()
    count = 0
    for organisation in queryset.select_related("country", "region", "prefecture"):
        refresh_search_text(organisation)
        count += 1
    return count


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


DIRECTORY_FACETS = [
    FacetSpec("kind", facets.field_condition("kind"), facets.kind_facet),
    FacetSpec("country", facets.field_condition("country__code"), facets.country_facet),
    FacetSpec("place", facets.place_condition, facets.place_facet),
    FacetSpec("sector", facets.sector_condition(Organisation.sectors.through, "organisation_id"),
              facets.sector_facets),
    FacetSpec("interest", facets.owned_condition(OrganisationInterest, "interest", "organisation_id"),
              facets.interest_facet),
    FacetSpec("third", facets.third_condition(Organisation.third_countries.through, "organisation_id"),
              facets.third_country_facet),
    FacetSpec("label", facets.owned_condition(Label, "kind", "organisation_id"), facets.label_facet),
]


def search_directory(*, params, page=1) -> SearchResults:
    """One page of published profiles matching ``params``, with the facets around them."""
    return faceted_search(
        queryset=Organisation.objects.filter(status=OrganisationStatus.PUBLISHED),
        params=params, facets=DIRECTORY_FACETS, order=_ordered, page=page,
        related=("country", "region", "prefecture"),
        prefetch=(facets.card_sectors(), "interests", "labels"),
        cache_name="directory:facets",
    )


def all_matches(*, params):
    """Every published profile matching ``params`` (query and facets), in the search's order:
    what the staff's CSV and XLSX exports hold."""
    rows = matching_rows(queryset=Organisation.objects.filter(status=OrganisationStatus.PUBLISHED),
                         params=params, facets=DIRECTORY_FACETS)
    return _ordered(annotate_rank(rows, query_terms(params.query)), params.sort)
