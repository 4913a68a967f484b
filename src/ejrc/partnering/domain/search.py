"""The opportunities board: the directory's search code path over open opportunities.

Each opportunity keeps the same four normalised search columns as a profile; the board
declares its facets from the directory's building blocks and calls
:func:`ejrc.directory.domain.search_engine.faceted_search`.
"""

from django.db.models import Value
from django.db.models.functions import Coalesce, NullIf
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ejrc.core.i18n import current_language
from ejrc.directory.domain import search_facets as facets
from ejrc.directory.domain.search import in_both_languages, place_names
from ejrc.directory.domain.search_engine import FacetSpec, faceted_search, search_columns
from ejrc.directory.domain.search_params import Sort
from ejrc.directory.models import OrganisationKind, Sector

from ..models import (
    Direction,
    Opportunity,
    OpportunityKind,
    OpportunityPartnerKind,
    OpportunityStatus,
    PartnerSide,
)

TITLES = {
    "direction": _("Offer or request"),
    "type": _("Kind of opportunity"),
    "sector": _("Sector"),
    "country": _("Country of the publisher"),
    "side": _("Partner sought"),
    "partner": _("Kind of partner sought"),
    "third": _("Target third countries"),
}
BOARD_KEYS = tuple(TITLES)


def _opportunity_topics(opportunity):
    names = [*in_both_languages(OpportunityKind(opportunity.kind).label),
             *in_both_languages(Direction(opportunity.direction).label)]
    for sector in Sector.objects.filter(opportunity=opportunity).select_related("parent"):
        names += [sector.name_en, sector.name_ja, sector.code]
        if sector.parent:
            names += [sector.parent.name_en, sector.parent.name_ja]
    for country in opportunity.third_countries.all():
        names += [country.name_en, country.name_ja]
    return names


def _sought_places(opportunity):
    names = []
    for place in [*opportunity.partner_countries.all(), *opportunity.partner_regions.all(),
                  *opportunity.partner_prefectures.all()]:
        names += [place.name_en, place.name_ja]
    return names


def refresh_opportunity_search(opportunity) -> None:
    """Recompute and save the search columns of ``opportunity`` (after any change)."""
    organisation = opportunity.organisation
    columns = search_columns(
        names=[opportunity.title_en, opportunity.title_ja, opportunity.reference],
        places=place_names(organisation) + _sought_places(opportunity),
        topics=_opportunity_topics(opportunity),
        other=[opportunity.summary_en, opportunity.summary_ja, organisation.name_en, organisation.name_ja,
               opportunity.call_identifier],
    )
    Opportunity.objects.filter(pk=opportunity.pk).update(**columns)


def open_opportunities():
    """Validated, not withdrawn and not expired: what the public board shows."""
    return Opportunity.objects.filter(
        status=OpportunityStatus.PUBLISHED, expires_on__gte=timezone.localdate(),
        organisation__status="published",
    )


BOARD_FACETS = [
    FacetSpec("direction", facets.field_condition("direction"), lambda rows, params: facets.choice_facet(
        rows, "direction", "direction", Direction.choices, params, TITLES["direction"])),
    FacetSpec("type", facets.field_condition("kind"), lambda rows, params: facets.choice_facet(
        rows, "type", "kind", OpportunityKind.choices, params, TITLES["type"])),
    FacetSpec("sector", facets.sector_condition(Opportunity.sectors.through, "opportunity_id"),
              facets.sector_facets),
    FacetSpec("country", facets.field_condition("organisation__country__code"),
              lambda rows, params: facets.country_facet(
                  rows, params, path="organisation__country", title=TITLES["country"])),
    FacetSpec("side", facets.field_condition("partner_side"), lambda rows, params: facets.choice_facet(
        rows, "side", "partner_side", PartnerSide.choices, params, TITLES["side"])),
    FacetSpec("partner", facets.owned_condition(OpportunityPartnerKind, "kind", "opportunity_id"),
              lambda rows, params: facets.choice_facet(
                  rows, "partner", "partner_kinds__kind", OrganisationKind.choices, params, TITLES["partner"])),
    FacetSpec("third", facets.third_condition(Opportunity.third_countries.through, "opportunity_id"),
              lambda rows, params: facets.third_country_facet(rows, params, TITLES["third"])),
]


def _ordered(queryset, sort):
    title = "title_en"
    if current_language() == "ja":
        title = Coalesce(NullIf("title_ja", Value("")), "title_en")
    if sort == Sort.UPDATED:
        return queryset.order_by("-published_at", "-pk")
    if sort == Sort.NAME:
        return queryset.order_by(title, "pk")
    return queryset.order_by("-rank", "-published_at", "-pk")


def search_board(*, params, page=1):
    """One page of open opportunities matching ``params``, with the board's facets."""
    return faceted_search(
        queryset=open_opportunities(), params=params, facets=BOARD_FACETS, order=_ordered, page=page,
        related=("organisation__country", "organisation__region", "organisation__prefecture"),
        prefetch=(facets.card_sectors(),),
        cache_name="partnering:facets", cache_key=(timezone.localdate().isoformat(),),
    )
