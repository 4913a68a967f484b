"""Routes of the directory search (placeholder until the search view lands)."""

from django.urls import path
from django.views.generic import TemplateView

urlpatterns = [
    path("", TemplateView.as_view(template_name="core/home.html"), name="search"),
]
