"""Routes of the directory search."""

from django.urls import path

from .views.exports import export_csv, export_xlsx, import_organisations
from .views.search import search

urlpatterns = [
    path("", search, name="search"),
    path("export.csv", export_csv, name="export-csv"),
    path("export.xlsx", export_xlsx, name="export-xlsx"),
    path("import/", import_organisations, name="import"),
]
