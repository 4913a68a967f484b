from django.urls import path

from . import views_tokens

app_name = "api-tokens"

urlpatterns = [
    path("", views_tokens.token_list, name="list"),
    path("<int:pk>/revoke/", views_tokens.token_revoke, name="revoke"),
]
