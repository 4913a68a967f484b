"""Who the caller is: the account behind the token or the session."""

from django.urls import path
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from ..endpoints import Endpoint


class MeSerializer(serializers.Serializer):
    email = serializers.EmailField()
    name = serializers.CharField()
    preferred_language = serializers.CharField()
    time_zone = serializers.CharField()
    token = serializers.CharField(allow_null=True, help_text="The name of the token used, if any")


@extend_schema(tags=["me"], summary="The caller's account", responses=MeSerializer)
class Me(Endpoint):
    permission_classes = [IsAuthenticated]

    def get(self, request):
        user = request.user
        return Response(MeSerializer({
            "email": user.email, "name": user.name, "preferred_language": user.preferred_language,
            "time_zone": user.time_zone, "token": request.auth.name if request.auth is not None else None,
        }).data)


urlpatterns = [path("me/", Me.as_view(), name="me")]
