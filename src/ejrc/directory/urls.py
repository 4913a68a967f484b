"""Placeholder routes: the directory's views are being written; every name here is kept."""

from django.urls import path
from django.views.generic import TemplateView

app_name = "directory"

placeholder = TemplateView.as_view(template_name="core/home.html")

urlpatterns = [
    path("", placeholder, name="search"),
    path("mine/", placeholder, name="mine"),
    path("new/", placeholder, name="create"),
    path("validation/", placeholder, name="validation-queue"),
    path("links/", placeholder, name="links"),
    path("<slug:slug>/", placeholder, name="profile"),
]
