"""The best-practice library: the directory's search code path over published cases.

A case is shown once, in the viewer's language when that version is published, else in the
other language (each version publishes on its own).
"""

from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from ejrc.core.i18n import current_language
from ejrc.directory.domain import search_facets as facets
from ejrc.directory.domain.search import in_both_languages, place_names
from ejrc.directory.domain.search_engine import FacetSpec, faceted_search, search_columns
from ejrc.directory.domain.search_params import Sort
from ejrc.directory.models import CooperationInterest, OrganisationKind

from ..models import BestPractice, ReviewStatus

TITLES = {
    "type": _("Cooperation type"),
    "sector": _("Sector"),
    "country": _("Country"),
    "kind": _("Submitted by"),
}
LIBRARY_KEYS = tuple(TITLES)


def refresh_practice_search(practice):
    """Recompute the search columns of one version (after any change)."""
    organisation = practice.organisation
    topics = list(in_both_languages(CooperationInterest(practice.cooperation_type).label))
    for sector in practice.sectors.select_related("parent"):
        topics += [sector.name_en, sector.name_ja, sector.code]
        if sector.parent:
            topics += [sector.parent.name_en, sector.parent.name_ja]
    partners = [p.organisation.name_en if p.organisation_id else p.name
                for p in practice.partners.select_related("organisation")]
    columns = search_columns(
        names=[practice.title],
        places=place_names(organisation),
        topics=topics,
        other=[practice.summary, practice.results, practice.lessons, organisation.name_en,
               organisation.name_ja, *partners],
    )
    BestPractice.objects.filter(pk=practice.pk).update(**columns)


def published_practices(language=None):
    """Published versions, one per case: the viewer's language where it is published."""
    language = language or current_language()
    in_language = BestPractice.objects.filter(
        translation_key=OuterRef("translation_key"), language=language, status=ReviewStatus.PUBLISHED)
    return BestPractice.objects.filter(status=ReviewStatus.PUBLISHED).filter(
        Q(language=language) | ~Exists(in_language))


LIBRARY_FACETS = [
    FacetSpec("type", facets.field_condition("cooperation_type"), lambda rows, params: facets.choice_facet(
        rows, "type", "cooperation_type", CooperationInterest.choices, params, TITLES["type"])),
    FacetSpec("sector", facets.sector_condition(BestPractice.sectors.through, "bestpractice_id"),
              facets.sector_facets),
    FacetSpec("country", facets.field_condition("organisation__country__code"),
              lambda rows, params: facets.country_facet(
                  rows, params, path="organisation__country", title=TITLES["country"])),
    FacetSpec("kind", facets.field_condition("organisation__kind"), lambda rows, params: facets.choice_facet(
        rows, "kind", "organisation__kind", OrganisationKind.choices, params, TITLES["kind"])),
]


def _ordered(queryset, sort):
    if sort == Sort.UPDATED:
        return queryset.order_by("-published_at", "-pk")
    if sort == Sort.NAME:
        return queryset.order_by("title", "pk")
    return queryset.order_by("-rank", "-published_at", "-pk")


def search_library(*, params, page=1):
    return faceted_search(
        queryset=published_practices(), params=params, facets=LIBRARY_FACETS, order=_ordered, page=page,
        related=("organisation__country",), prefetch=(facets.card_sectors(),),
    )
