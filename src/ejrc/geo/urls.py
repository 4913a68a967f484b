from django.urls import path
from django.views.generic import TemplateView

app_name = "geo"

urlpatterns = [
    path("links/", TemplateView.as_view(template_name="core/home.html"), name="links"),
]
