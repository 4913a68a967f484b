"""/api/v1/: every area's endpoints, the OpenAPI document and its interactive docs."""

from importlib import import_module

from django.urls import path, re_path
from drf_spectacular.views import SpectacularJSONAPIView, SpectacularSwaggerSplitView

from .areas import AREAS
from .problems import not_found

app_name = "api"

urlpatterns = [
    path("openapi.json", SpectacularJSONAPIView.as_view(), name="openapi"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:openapi"), name="docs"),
]
for area in AREAS:
    urlpatterns += import_module(f"ejrc.api.areas.{area}").urlpatterns
urlpatterns.append(re_path(r"^[\s\S]*$", not_found, name="not-found"))  # newlines too
