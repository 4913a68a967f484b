"""Routes of profiles, their editing and validation (placeholders until the views land)."""

from django.urls import path
from django.views.generic import TemplateView

placeholder = TemplateView.as_view(template_name="core/home.html")

urlpatterns = [
    path("mine/", placeholder, name="mine"),
    path("new/", placeholder, name="create"),
    path("validation/", placeholder, name="validation-queue"),
    path("<slug:slug>/", placeholder, name="profile"),
]
