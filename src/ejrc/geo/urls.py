from django.urls import path

from . import views

app_name = "geo"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("jp/<str:code>/", views.prefecture_detail, name="prefecture"),
    path("eu/<str:code>/", views.region_detail, name="region"),
]
