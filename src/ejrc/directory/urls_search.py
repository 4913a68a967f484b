"""Routes of the directory search."""

from django.urls import path

from .views.search import search

urlpatterns = [
    path("", search, name="search"),
]
