"""The base of every endpoint: strict input, ETags, and list pages with cursors.

An area module (``areas/<name>.py``) defines serializers and endpoint classes on these bases
and its ``urlpatterns``; ``areas/__init__.py`` lists the modules.
"""

import hashlib

from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from . import pagination


class StrictSerializer(serializers.Serializer):
    """Refuses fields it does not know (a typo is told, not silently ignored)."""

    def to_internal_value(self, data):
        if isinstance(data, dict):
            unknown = sorted(set(data) - set(self.fields))
            if unknown:
                raise serializers.ValidationError({name: [_("Unknown field.")] for name in unknown})
        return super().to_internal_value(data)


class PageParameters(StrictSerializer):
    cursor = serializers.CharField(required=False, max_length=2000,
                                   help_text="The `next_cursor` of the previous page.")
    page_size = serializers.IntegerField(required=False, min_value=1, max_value=pagination.MAX_PAGE_SIZE,
                                         default=pagination.DEFAULT_PAGE_SIZE)


def page_of(item_serializer, name):
    """The serializer of a page of ``item_serializer`` rows (its OpenAPI component ``name``)."""
    return type(name, (serializers.Serializer,), {
        "results": item_serializer(many=True),
        "next": serializers.URLField(allow_null=True, help_text="The next page, or null on the last one."),
        "next_cursor": serializers.CharField(allow_null=True),
        "__module__": __name__,
    })


class Endpoint(APIView):
    """Answers GET with an ETag (a hash of the body) and 304 to a matching If-None-Match."""

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        patch_vary_headers(response, ("Accept-Language", "Authorization", "Cookie"))
        if request.method in ("GET", "HEAD") and response.status_code == 200 and isinstance(response, Response):
            response.render()
            response["ETag"] = '"%s"' % hashlib.sha256(response.content).hexdigest()[:32]
            response["Cache-Control"] = "private, no-cache"
            return get_conditional_response(request, etag=response["ETag"], response=response)
        return response

    def query_parameters(self, serializer_class):
        """The query string read by ``serializer_class`` (unknown or repeated-scalar names refused)."""
        fields = serializer_class().fields
        data = {}
        for name in self.request.query_params:
            values = self.request.query_params.getlist(name)
            many = name in fields and isinstance(fields[name], serializers.ListField)
            data[name] = values if many else values[-1]
        checked = serializer_class(data=data)
        checked.is_valid(raise_exception=True)
        return checked.validated_data


class ListEndpoint(Endpoint):
    """A list read in pages: subclasses give ``parameters`` (a PageParameters subclass),
    ``item`` (the row serializer), ``keys`` (sort name → tuple of Key) and ``rows(params)``."""

    parameters = PageParameters
    item = None
    keys = {}

    def rows(self, params):
        raise NotImplementedError

    def sort(self, params):
        return params.get("sort") or next(iter(self.keys))

    def context(self, rows):
        """What the item serializer needs beside the rows (fetched once for the page)."""
        return {"request": self.request}

    def get(self, request, *args, **kwargs):
        params = self.query_parameters(self.parameters)
        sort = self.sort(params)
        rows, cursor = pagination.page(self.rows(params), keys=self.keys[sort], sort=sort,
                                       cursor=params.get("cursor"), size=params["page_size"])
        following = None
        if cursor:
            query = request.GET.copy()
            query["cursor"] = cursor
            following = request.build_absolute_uri(f"{request.path}?{query.urlencode()}")
        results = self.item(rows, many=True, context=self.context(rows)).data
        return Response({"results": results, "next": following, "next_cursor": cursor})


def bilingual_field(source_prefix, **kwargs):
    """``{"en": …, "ja": …}`` of the ``<prefix>_en`` / ``<prefix>_ja`` attributes."""
    return BilingualField(source="*", prefix=source_prefix, **kwargs)


BILINGUAL_SCHEMA = {
    "type": "object", "required": ["en", "ja"],
    "properties": {"en": {"type": "string"}, "ja": {"type": "string"}},
    "description": "The text in English and in Japanese (empty when not written in that language).",
}


@extend_schema_field(BILINGUAL_SCHEMA)
class BilingualField(serializers.Field):
    def __init__(self, *, prefix, **kwargs):
        self.prefix = prefix
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, obj):
        return {"en": getattr(obj, f"{self.prefix}_en", "") or "", "ja": getattr(obj, f"{self.prefix}_ja", "") or ""}

