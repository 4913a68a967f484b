"""My agenda: the sessions of the events I am confirmed for (every open session, and the site
visits and limited sessions where I hold a place), on each event's clock."""

from django.db.models import Prefetch
from django.urls import path
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.permissions import IsAuthenticated

from ejrc.directory.models import Organisation
from ejrc.events.domain.queries import agenda_sessions

from ..endpoints import ListEndpoint, PageParameters
from ..pagination import Key
from .events import SessionSerializer


class AgendaSessionSerializer(SessionSerializer):
    event = serializers.SlugField(source="event.slug")


@extend_schema(tags=["me"], summary="My agenda: the sessions I attend, in time order")
class OwnAgenda(ListEndpoint):
    permission_classes = [IsAuthenticated]
    parameters, item = PageParameters, AgendaSessionSerializer
    keys = {"starts_at": (Key("starts_at"), Key("pk"))}

    def rows(self, params):
        return agenda_sessions(self.request.user).select_related("day").prefetch_related(
            Prefetch("speakers__organisation", Organisation.objects.only("pk", "slug")))


urlpatterns = [path("me/agenda/", OwnAgenda.as_view(), name="own-agenda")]
