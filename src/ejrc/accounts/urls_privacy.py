from django.urls import path

from . import views_privacy

app_name = "privacy"

urlpatterns = [
    path("", views_privacy.notice, name="notice"),
    path("my-data/", views_privacy.my_data, name="my-data"),
    path("my-data/consent/", views_privacy.marketing_consent, name="consent"),
    path("my-data/download/", views_privacy.download, name="download"),
    path("my-data/delete/", views_privacy.delete, name="delete"),
]
