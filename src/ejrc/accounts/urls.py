from django.urls import path

from . import views
from .mfa import second_factor_required

app_name = "accounts"

urlpatterns = [
    path("profile/", views.profile, name="profile"),
    path("second-factor/", second_factor_required, name="second-factor-required"),
]
