"""How the OpenAPI document describes the endpoints: list pages from each ListEndpoint's own
declarations, and the problem documents every operation may answer."""

from drf_spectacular.openapi import AutoSchema
from rest_framework import serializers

from .endpoints import ListEndpoint, page_of
from .problems import PROBLEM_TYPE

_pages = {}


class ProblemSerializer(serializers.Serializer):
    type = serializers.CharField(help_text="about:blank: the status says what happened")
    title = serializers.CharField()
    status = serializers.IntegerField()
    detail = serializers.CharField()
    code = serializers.CharField(help_text="invalid_input, invalid_cursor, not_authenticated, token_expired, "
                                           "token_revoked, invalid_token, not_found, throttled…")
    instance = serializers.CharField(required=False)
    errors = serializers.DictField(child=serializers.ListField(child=serializers.CharField()), required=False,
                                   help_text="The refused fields and why")

    class Meta:
        ref_name = "Problem"


ALWAYS = {"400": "Bad input (a problem document names the fields)", "401": "Unknown, revoked or expired token",
          "404": "No such thing, or not yours", "405": "Method not allowed", "406": "Not acceptable",
          "429": "Too many requests: see Retry-After"}
WITH_BODY = {"403": "The session's CSRF token is missing", "413": "Request too large",
             "415": "Send application/json"}


def _page(view):
    item = view.item
    if item not in _pages:
        _pages[item] = page_of(item, f"{item.__name__.removesuffix('Serializer')}Page")
    return _pages[item]


class ApiSchema(AutoSchema):
    def _is_list_endpoint_get(self):
        return isinstance(self.view, ListEndpoint) and self.method == "GET"

    def get_override_parameters(self):
        parameters = super().get_override_parameters()
        return [self.view.parameters, *parameters] if self._is_list_endpoint_get() else parameters

    def get_response_serializers(self):
        if self._is_list_endpoint_get():
            return _page(self.view)
        return super().get_response_serializers()

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        codes = dict(ALWAYS)
        if self.method in ("POST", "PUT", "PATCH", "DELETE"):
            codes.update(WITH_BODY)
        for code, description in codes.items():
            if code not in responses:
                response = self._get_response_for_code(ProblemSerializer, code, media_types=[PROBLEM_TYPE])
                response["description"] = description
                responses[code] = response
        return responses

    def get_description(self):
        """The endpoint class's own docstring (not one inherited from the bases)."""
        return (self.view.__class__.__dict__.get("__doc__") or "").strip()

    def get_operation_id(self):
        return self.view.__class__.__name__[0].lower() + self.view.__class__.__name__[1:] + (
            "" if self.method == "GET" else self.method.capitalize())
