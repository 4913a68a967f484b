"""Places: countries (grouped), Japan's prefectures and European regions (NUTS, ISO 3166-2)."""

from django.shortcuts import get_object_or_404
from django.urls import path
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response

from ejrc.geo.models import JAPANESE_AREAS, Country, CountryGroup, Prefecture, Region

from ..endpoints import Endpoint, ListEndpoint, PageParameters, bilingual_field
from ..pagination import Key

TAG = "places"


class CountrySerializer(serializers.Serializer):
    code = serializers.CharField(help_text="ISO 3166-1 alpha-2")
    code3 = serializers.CharField(help_text="ISO 3166-1 alpha-3")
    name = bilingual_field("name")
    group = serializers.ChoiceField(choices=CountryGroup.choices)


class PrefectureSerializer(serializers.Serializer):
    code = serializers.CharField(help_text="ISO 3166-2, e.g. JP-21")
    jis_code = serializers.CharField()
    name = bilingual_field("name")
    name_kana = serializers.CharField()
    area = serializers.ChoiceField(choices=JAPANESE_AREAS)
    capital = bilingual_field("capital")


class RegionSerializer(serializers.Serializer):
    code = serializers.CharField(help_text="NUTS code (FRK26) or ISO 3166-2 code")
    scheme = serializers.ChoiceField(choices=Region.Scheme.choices)
    level = serializers.IntegerField()
    country = serializers.CharField(source="country.code")
    parent = serializers.CharField(source="parent.code", allow_null=True, default=None)
    name = bilingual_field("name")
    name_native = serializers.CharField()


class CountryParameters(PageParameters):
    group = serializers.ChoiceField(choices=CountryGroup.choices, required=False)


class PrefectureParameters(PageParameters):
    area = serializers.ChoiceField(choices=JAPANESE_AREAS, required=False)


class RegionParameters(PageParameters):
    country = serializers.RegexField(r"^[A-Z]{2}$", required=False)
    level = serializers.IntegerField(required=False, min_value=0, max_value=3)
    parent = serializers.RegexField(r"^[A-Z0-9-]{2,12}$", required=False)


@extend_schema(tags=[TAG])
class CountryList(ListEndpoint):
    parameters, item, keys = CountryParameters, CountrySerializer, {"code": (Key("code"),)}

    def rows(self, params):
        rows = Country.objects.all()
        return rows.filter(group=params["group"]) if "group" in params else rows


@extend_schema(tags=[TAG])
class PrefectureList(ListEndpoint):
    parameters, item, keys = PrefectureParameters, PrefectureSerializer, {"jis_code": (Key("jis_code"),)}

    def rows(self, params):
        rows = Prefecture.objects.defer("boundary")
        return rows.filter(area=params["area"]) if "area" in params else rows


@extend_schema(tags=[TAG])
class RegionList(ListEndpoint):
    parameters, item, keys = RegionParameters, RegionSerializer, {"code": (Key("code"),)}

    def rows(self, params):
        rows = Region.objects.defer("boundary").select_related("country", "parent").defer(
            "parent__boundary")
        for name, lookup in (("country", "country__code"), ("level", "level"), ("parent", "parent__code")):
            if name in params:
                rows = rows.filter(**{lookup: params[name]})
        return rows


def _detail(model, serializer, related=()):
    @extend_schema(tags=[TAG], responses=serializer)
    class Detail(Endpoint):
        def get(self, request, code):
            rows = model.objects.select_related(*related)
            if hasattr(model, "boundary"):
                rows = rows.defer("boundary")
            return Response(serializer(get_object_or_404(rows, code=code)).data)

    Detail.__name__ = Detail.__qualname__ = f"{model.__name__}Detail"
    return Detail


urlpatterns = [
    path("places/countries/", CountryList.as_view(), name="countries"),
    path("places/countries/<str:code>/", _detail(Country, CountrySerializer).as_view(), name="country"),
    path("places/prefectures/", PrefectureList.as_view(), name="prefectures"),
    path("places/prefectures/<str:code>/", _detail(Prefecture, PrefectureSerializer).as_view(), name="prefecture"),
    path("places/regions/", RegionList.as_view(), name="regions"),
    path("places/regions/<str:code>/", _detail(Region, RegionSerializer, ("country", "parent")).as_view(),
         name="region"),
]
