"""Opportunities: the public board's open offers and requests, searched as on the site."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.urls import path
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response

from ejrc.directory.domain.revision_data import sector_key
from ejrc.directory.domain.search_engine import annotate_rank, matching_rows, query_terms
from ejrc.directory.models import OrganisationKind, Sector
from ejrc.geo.models import Prefecture, Region
from ejrc.partnering.domain.search import BOARD_FACETS, open_opportunities
from ejrc.partnering.models import Direction, OpportunityKind, OpportunityStatus, PartnerSide

from ..endpoints import Endpoint, ListEndpoint, bilingual_field
from ..pagination import Key
from .search_filters import COUNTRY, SECTOR, THIRD, SearchParameters, values

TAG = "opportunities"


class OpportunitySerializer(serializers.Serializer):
    reference = serializers.CharField(help_text="EJ-OPP-2026-00123")
    direction = serializers.ChoiceField(choices=Direction.choices)
    kind = serializers.ChoiceField(choices=OpportunityKind.choices)
    title = bilingual_field("title")
    summary = bilingual_field("summary")
    organisation = serializers.SlugField(source="organisation.slug")
    sectors = serializers.SerializerMethodField()
    partner_side = serializers.ChoiceField(choices=PartnerSide.choices)
    partner_kinds = serializers.SerializerMethodField()
    partner_countries = serializers.SerializerMethodField()
    partner_regions = serializers.SerializerMethodField()
    partner_prefectures = serializers.SerializerMethodField()
    third_countries = serializers.SerializerMethodField()
    call_identifier = serializers.CharField()
    call_deadline = serializers.DateField(allow_null=True)
    expires_on = serializers.DateField()
    published_at = serializers.DateTimeField(allow_null=True)
    site_url = serializers.SerializerMethodField()

    def get_sectors(self, opportunity) -> list[str]:
        return [sector_key(sector) for sector in opportunity.sectors.all()]

    def get_partner_kinds(self, opportunity) -> list[str]:
        return [row.kind for row in opportunity.partner_kinds.all()]

    def get_partner_countries(self, opportunity) -> list[str]:
        return [place.code for place in opportunity.partner_countries.all()]

    def get_partner_regions(self, opportunity) -> list[str]:
        return [place.code for place in opportunity.partner_regions.all()]

    def get_partner_prefectures(self, opportunity) -> list[str]:
        return [place.code for place in opportunity.partner_prefectures.all()]

    def get_third_countries(self, opportunity) -> list[str]:
        return [place.code for place in opportunity.third_countries.all()]

    def get_site_url(self, opportunity) -> str:
        return self.context["request"].build_absolute_uri(opportunity.get_absolute_url())


class OwnOpportunitySerializer(OpportunitySerializer):
    """What the owners see besides: where validation stands."""

    status = serializers.ChoiceField(choices=OpportunityStatus.choices)
    rejection_reason = serializers.CharField()


def with_details(rows):
    """Everything the serializers read, in a fixed number of queries for a page."""
    return (rows.select_related("organisation")
            .defer("search_text", "search_name", "search_place", "search_sectors")
            .prefetch_related(Prefetch("sectors", Sector.objects.order_by("scheme", "position", "code")),
                              "partner_kinds", "partner_countries",
                              Prefetch("partner_regions", Region.objects.defer("boundary")),
                              Prefetch("partner_prefectures", Prefecture.objects.defer("boundary")),
                              "third_countries"))


class BoardParameters(SearchParameters):
    facet_keys = ("direction", "type", "sector", "country", "side", "partner", "third")
    direction = values(choices=Direction.choices)
    type = values(choices=OpportunityKind.choices, help_text="The kind of opportunity")
    sector = values(SECTOR, help_text="scheme:code, e.g. cluster:S001")
    country = values(COUNTRY, help_text="The publisher's country")
    side = values(choices=PartnerSide.choices, help_text="Where the partner sought is")
    partner = values(choices=OrganisationKind.choices, help_text="Kinds of partner sought")
    third = values(THIRD, help_text="Target third countries: country:VN or group:africa")


@extend_schema(tags=[TAG], summary="Search the open opportunities (the board's search and facets)")
class OpportunityList(ListEndpoint):
    parameters, item = BoardParameters, OpportunitySerializer
    keys = {
        "relevance": (Key("rank", descending=True), Key("pk", descending=True)),
        "name": (Key("title_en"), Key("pk")),
        "updated": (Key("pk", descending=True),),
    }

    def rows(self, params):
        search = BoardParameters().search_params(params)
        rows = matching_rows(queryset=with_details(open_opportunities()), params=search, facets=BOARD_FACETS)
        return annotate_rank(rows, query_terms(search.query))


@extend_schema(tags=[TAG], summary="An open opportunity", responses=OpportunitySerializer)
class OpportunityDetail(Endpoint):
    def get(self, request, reference):
        opportunity = get_object_or_404(with_details(open_opportunities()), reference=reference)
        return Response(OpportunitySerializer(opportunity, context={"request": request}).data)


urlpatterns = [
    path("opportunities/", OpportunityList.as_view(), name="opportunities"),
    path("opportunities/<str:reference>/", OpportunityDetail.as_view(), name="opportunity"),
]
