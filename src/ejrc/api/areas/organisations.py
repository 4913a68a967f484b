"""Organisations: the published profiles of the directory, searched as on the site."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.urls import path
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import serializers
from rest_framework.response import Response

from ejrc.directory.domain.contacts import visible_contacts
from ejrc.directory.domain.revision_data import sector_key
from ejrc.directory.domain.search import DIRECTORY_FACETS
from ejrc.directory.domain.search_engine import annotate_rank, matching_rows, query_terms
from ejrc.directory.domain.staleness import is_possibly_outdated
from ejrc.directory.models import (
    CooperationInterest,
    Label,
    Organisation,
    OrganisationKind,
    OrganisationStatus,
    Sector,
    Visibility,
)

from ..endpoints import Endpoint, ListEndpoint, bilingual_field
from ..pagination import Key
from .search_filters import COUNTRY, SECTOR, THIRD, SearchParameters, values

TAG = "organisations"
PLACE = r"^(region:[A-Z0-9-]{2,12}|area:[a-z_]{1,20}|pref:JP-[0-9]{2})$"


class LabelSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=Label.Kind.choices)
    name = bilingual_field("name")
    awarded_on = serializers.DateField(allow_null=True)
    expires_on = serializers.DateField(allow_null=True)


class OrganisationSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    kind = serializers.ChoiceField(choices=OrganisationKind.choices)
    name = bilingual_field("name")
    country = serializers.CharField(source="country.code")
    region = serializers.CharField(source="region.code", allow_null=True, default=None)
    prefecture = serializers.CharField(source="prefecture.code", allow_null=True, default=None)
    city = serializers.CharField()
    website = serializers.CharField()
    sectors = serializers.SerializerMethodField()
    interests = serializers.SerializerMethodField()
    third_countries = serializers.SerializerMethodField()
    labels = LabelSerializer(many=True)
    possibly_outdated = serializers.SerializerMethodField()
    updated = serializers.DateTimeField()
    site_url = serializers.SerializerMethodField()

    def get_sectors(self, organisation) -> list[str]:
        return [sector_key(sector) for sector in organisation.sectors.all()]

    def get_interests(self, organisation) -> list[str]:
        return [row.interest for row in organisation.interests.all()]

    def get_third_countries(self, organisation) -> list[str]:
        return [country.code for country in organisation.third_countries.all()]

    def get_possibly_outdated(self, organisation) -> bool:
        return is_possibly_outdated(organisation)

    def get_site_url(self, organisation) -> str:
        return self.context["request"].build_absolute_uri(organisation.get_absolute_url())


class ContactSerializer(serializers.Serializer):
    name = serializers.CharField()
    name_ja = serializers.CharField()
    role = serializers.CharField()
    email = serializers.CharField()
    phone = serializers.CharField()
    languages = serializers.CharField()
    visibility = serializers.ChoiceField(choices=Visibility.choices)


class OrganisationDetailSerializer(OrganisationSerializer):
    description = bilingual_field("description", help_text="Sanitised HTML.")
    member_count = serializers.IntegerField(allow_null=True)
    contacts = serializers.SerializerMethodField()

    @extend_schema_field(ContactSerializer(many=True))
    def get_contacts(self, organisation):
        contacts = visible_contacts(viewer=self.context["request"].user, organisation=organisation)
        return ContactSerializer(contacts, many=True).data


class OrganisationParameters(SearchParameters):
    facet_keys = ("kind", "country", "place", "sector", "interest", "third", "label")
    kind = values(choices=OrganisationKind.choices)
    country = values(COUNTRY, help_text="ISO country codes, e.g. FR, JP")
    place = values(PLACE, help_text="region:FRK, area:chubu or pref:JP-21")
    sector = values(SECTOR, help_text="scheme:code, e.g. cluster:S001")
    interest = values(choices=CooperationInterest.choices)
    third = values(THIRD, help_text="country:VN or group:africa")
    label = values(choices=Label.Kind.choices)


def with_details(rows):
    """Everything the serializers read, in a fixed number of queries for a page."""
    return (rows.select_related("country", "region", "prefecture")
            .defer("region__boundary", "prefecture__boundary", "search_text", "search_name",
                   "search_place", "search_sectors")
            .prefetch_related(Prefetch("sectors", Sector.objects.order_by("scheme", "position", "code")),
                              "interests", "labels", "third_countries"))


def published_profiles():
    return with_details(Organisation.objects.filter(status=OrganisationStatus.PUBLISHED))


@extend_schema(tags=[TAG], summary="Search the published profiles (the directory's search and facets)")
class OrganisationList(ListEndpoint):
    parameters, item = OrganisationParameters, OrganisationSerializer
    keys = {
        "relevance": (Key("rank", descending=True), Key("name_en"), Key("pk")),
        "name": (Key("name_en"), Key("pk")),
        "updated": (Key("updated", descending=True), Key("pk", descending=True)),
    }

    def rows(self, params):
        search = OrganisationParameters().search_params(params)
        rows = matching_rows(queryset=published_profiles(), params=search, facets=DIRECTORY_FACETS)
        return annotate_rank(rows, query_terms(search.query))


@extend_schema(tags=[TAG], summary="A published profile", responses=OrganisationDetailSerializer)
class OrganisationDetail(Endpoint):
    def get(self, request, slug):
        organisation = get_object_or_404(published_profiles(), slug=slug)
        return Response(OrganisationDetailSerializer(organisation, context={"request": request}).data)


urlpatterns = [
    path("organisations/", OrganisationList.as_view(), name="organisations"),
    path("organisations/<slug:slug>/", OrganisationDetail.as_view(), name="organisation"),
]
