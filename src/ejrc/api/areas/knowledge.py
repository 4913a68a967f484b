"""Knowledge: best practices (one row per language version, searched as in the library),
funding instruments with their deadlines, and news posts (one row per language)."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.urls import path
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response

from ejrc.directory.domain.revision_data import sector_key
from ejrc.directory.domain.search_engine import annotate_rank, matching_rows, query_terms
from ejrc.directory.models import CooperationInterest, OrganisationKind, Sector
from ejrc.knowledge.domain.practice_search import LIBRARY_FACETS
from ejrc.knowledge.models import BestPractice, Deadline, Instrument, Post, PostKind, ReviewStatus
from ejrc.knowledge.models.practice import LANGUAGES

from ..endpoints import Endpoint, ListEndpoint, PageParameters, bilingual_field
from ..pagination import Key
from .search_filters import COUNTRY, SECTOR, SearchParameters, values

TAG = "knowledge"


def _sectors(row) -> list[str]:
    return [sector_key(sector) for sector in row.sectors.all()]


class PracticeSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    translation_key = serializers.UUIDField(help_text="The same for every language version of a case")
    language = serializers.ChoiceField(choices=LANGUAGES)
    title = serializers.CharField()
    summary = serializers.CharField()
    results = serializers.CharField()
    lessons = serializers.CharField()
    cooperation_type = serializers.ChoiceField(choices=CooperationInterest.choices)
    organisation = serializers.SlugField(source="organisation.slug")
    sectors = serializers.SerializerMethodField()
    links = serializers.ListField(source="link_list", child=serializers.CharField())
    published_at = serializers.DateTimeField(allow_null=True)
    site_url = serializers.SerializerMethodField()

    def get_sectors(self, practice) -> list[str]:
        return _sectors(practice)

    def get_site_url(self, practice) -> str:
        return self.context["request"].build_absolute_uri(practice.get_absolute_url())


class PracticeParameters(SearchParameters):
    facet_keys = ("type", "sector", "country", "kind")
    type = values(choices=CooperationInterest.choices, help_text="The kind of cooperation")
    sector = values(SECTOR, help_text="scheme:code, e.g. cluster:S001")
    country = values(COUNTRY, help_text="The country of the organisation that submitted it")
    kind = values(choices=OrganisationKind.choices, help_text="Its kind of organisation")
    language = serializers.ChoiceField(choices=LANGUAGES, required=False)


def _practices():
    return (BestPractice.objects.filter(status=ReviewStatus.PUBLISHED).select_related("organisation")
            .defer("search_text", "search_name", "search_place", "search_sectors")
            .prefetch_related(Prefetch("sectors", Sector.objects.order_by("scheme", "position", "code"))))


@extend_schema(tags=[TAG], summary="Published best practices (the library's search and facets)")
class PracticeList(ListEndpoint):
    parameters, item = PracticeParameters, PracticeSerializer
    keys = {
        "relevance": (Key("rank", descending=True), Key("pk", descending=True)),
        "name": (Key("title"), Key("pk")),
        "updated": (Key("pk", descending=True),),
    }

    def rows(self, params):
        search = PracticeParameters().search_params(params)
        rows = _practices()
        if "language" in params:
            rows = rows.filter(language=params["language"])
        rows = matching_rows(queryset=rows, params=search, facets=LIBRARY_FACETS)
        return annotate_rank(rows, query_terms(search.query))


@extend_schema(tags=[TAG], summary="A published best practice", responses=PracticeSerializer)
class PracticeDetail(Endpoint):
    def get(self, request, pk):
        practice = get_object_or_404(_practices(), pk=pk)
        return Response(PracticeSerializer(practice, context={"request": request}).data)


class DeadlineSerializer(serializers.Serializer):
    closes_on = serializers.DateField()
    label = bilingual_field("label")


class InstrumentSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    name = bilingual_field("name")
    managed_by = bilingual_field("managed_by")
    summary = bilingual_field("summary")
    how_to_apply = bilingual_field("how_to_apply")
    eu_side = serializers.BooleanField()
    japan_side = serializers.BooleanField()
    third_countries = serializers.BooleanField()
    organisation_kinds = serializers.ListField(child=serializers.CharField())
    opportunity_kinds = serializers.ListField(child=serializers.CharField())
    sectors = serializers.SerializerMethodField()
    amount_min = serializers.IntegerField(allow_null=True)
    amount_max = serializers.IntegerField(allow_null=True)
    currency = serializers.CharField()
    cofunding_rate = serializers.IntegerField(allow_null=True)
    always_open = serializers.BooleanField()
    deadlines = DeadlineSerializer(many=True)
    source_url = serializers.CharField()
    site_url = serializers.SerializerMethodField()

    def get_sectors(self, instrument) -> list[str]:
        return _sectors(instrument)

    def get_site_url(self, instrument) -> str:
        return self.context["request"].build_absolute_uri(instrument.get_absolute_url())


def _instruments():
    return Instrument.objects.filter(published=True).prefetch_related(
        Prefetch("sectors", Sector.objects.order_by("scheme", "position", "code")),
        Prefetch("deadlines", Deadline.objects.order_by("closes_on")))


@extend_schema(tags=[TAG], summary="Published funding instruments, with their deadlines")
class InstrumentList(ListEndpoint):
    parameters, item = PageParameters, InstrumentSerializer
    keys = {"position": (Key("position"), Key("name_en"), Key("pk"))}

    def rows(self, params):
        return _instruments()


@extend_schema(tags=[TAG], summary="A published funding instrument", responses=InstrumentSerializer)
class InstrumentDetail(Endpoint):
    def get(self, request, slug):
        return Response(InstrumentSerializer(get_object_or_404(_instruments(), slug=slug),
                                             context={"request": request}).data)


class PostSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    translation_key = serializers.UUIDField()
    language = serializers.ChoiceField(choices=LANGUAGES)
    kind = serializers.ChoiceField(choices=PostKind.choices)
    title = serializers.CharField()
    summary = serializers.CharField()
    body = serializers.CharField(help_text="Sanitised HTML")
    tags = serializers.SerializerMethodField()
    published_at = serializers.DateTimeField(allow_null=True)
    site_url = serializers.SerializerMethodField()

    def get_tags(self, post) -> list[str]:
        return [tag.slug for tag in post.tags.all()]

    def get_site_url(self, post) -> str:
        return self.context["request"].build_absolute_uri(post.get_absolute_url())


class PostParameters(PageParameters):
    language = serializers.ChoiceField(choices=LANGUAGES, required=False)
    kind = serializers.ChoiceField(choices=PostKind.choices, required=False)
    tag = serializers.SlugField(required=False, max_length=60)


def _posts():
    return Post.objects.filter(published=True).prefetch_related("tags")


@extend_schema(tags=[TAG], summary="Published news, newest first (each language version is a post)")
class PostList(ListEndpoint):
    parameters, item = PostParameters, PostSerializer
    keys = {"newest": (Key("published_at", descending=True), Key("pk", descending=True))}

    def rows(self, params):
        rows = _posts().filter(published_at__isnull=False)
        for name, lookup in (("language", "language"), ("kind", "kind"), ("tag", "tags__slug")):
            if name in params:
                rows = rows.filter(**{lookup: params[name]})
        return rows


@extend_schema(tags=[TAG], summary="A published news post", responses=PostSerializer)
class PostDetail(Endpoint):
    def get(self, request, pk):
        return Response(PostSerializer(get_object_or_404(_posts(), pk=pk), context={"request": request}).data)


urlpatterns = [
    path("best-practices/", PracticeList.as_view(), name="practices"),
    path("best-practices/<int:pk>/", PracticeDetail.as_view(), name="practice"),
    path("funding-instruments/", InstrumentList.as_view(), name="instruments"),
    path("funding-instruments/<slug:slug>/", InstrumentDetail.as_view(), name="instrument"),
    path("news/", PostList.as_view(), name="news"),
    path("news/<int:pk>/", PostDetail.as_view(), name="news-post"),
]
