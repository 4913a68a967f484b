"""Events and their programmes: published events only; every time in ISO 8601 with the offset
of the event's own time zone, which each event and session names (``time_zone``)."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils import timezone
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import serializers
from rest_framework.response import Response

from ejrc.directory.models import Organisation
from ejrc.events.domain.queries import published_events
from ejrc.events.models import EventFormat, Session, SessionKind

from ..endpoints import Endpoint, ListEndpoint, PageParameters, bilingual_field
from ..pagination import Key

TAG = "events"


@extend_schema_field({"type": "string", "format": "date-time", "nullable": True,
                      "description": "ISO 8601 with the offset of the event's time zone"})
class EventTimeField(serializers.Field):
    """A moment on the event's clock: ``2027-04-27T10:00:00+02:00`` for Europe/Paris."""

    def __init__(self, zone_of, **kwargs):
        self.zone_of = zone_of
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return getattr(instance, self.source), self.zone_of(instance)

    def to_representation(self, value):
        moment, zone = value
        return moment.astimezone(zone).isoformat() if moment else None


class EventSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    title = bilingual_field("title")
    description = bilingual_field("description")
    starts_on = serializers.DateField(help_text="The first day, in the event's time zone")
    ends_on = serializers.DateField()
    time_zone = serializers.CharField(help_text="IANA name, e.g. Europe/Paris")
    format = serializers.ChoiceField(choices=EventFormat.choices)
    venue = serializers.CharField()
    address = serializers.CharField()
    online_url = serializers.CharField()
    office = serializers.CharField(source="office.code")
    capacity = serializers.IntegerField(allow_null=True)
    registration_deadline = EventTimeField(lambda event: event.zone)
    co_organisers = serializers.SerializerMethodField()
    site_url = serializers.SerializerMethodField()

    def get_co_organisers(self, event) -> list[str]:
        return [organisation.slug for organisation in event.co_organisers.all()]

    def get_site_url(self, event) -> str:
        return self.context["request"].build_absolute_uri(event.get_absolute_url())


class SpeakerSerializer(serializers.Serializer):
    name = serializers.CharField()
    name_ja = serializers.CharField()
    role = serializers.CharField()
    organisation = serializers.SlugField(source="organisation.slug", allow_null=True, default=None)


class SessionSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    kind = serializers.ChoiceField(choices=SessionKind.choices)
    title = bilingual_field("title")
    description = bilingual_field("description")
    day = serializers.DateField(source="day.date")
    room = serializers.SerializerMethodField()
    starts_at = EventTimeField(lambda session: session.event.zone)
    ends_at = EventTimeField(lambda session: session.event.zone)
    time_zone = serializers.CharField(source="event.time_zone")
    for_both_sides = serializers.BooleanField()
    capacity = serializers.IntegerField(allow_null=True)
    speakers = SpeakerSerializer(many=True)

    @extend_schema_field({"type": "object", "nullable": True, "properties": {
        "en": {"type": "string"}, "ja": {"type": "string"}}})
    def get_room(self, session):
        return {"en": session.room.name_en, "ja": session.room.name_ja} if session.room else None


WHEN = (("upcoming", "Not over yet"), ("past", "Over"), ("all", "All"))


class EventParameters(PageParameters):
    when = serializers.ChoiceField(choices=WHEN, required=False, default="all")


def _events():
    return (published_events().select_related("office")
            .prefetch_related(Prefetch("co_organisers", Organisation.objects.only("pk", "slug"))))


@extend_schema(tags=[TAG], summary="Published events, soonest first")
class EventList(ListEndpoint):
    parameters, item = EventParameters, EventSerializer
    keys = {"starts_on": (Key("starts_on"), Key("slug"))}

    def rows(self, params):
        today = timezone.now().date()
        rows = _events()
        if params["when"] == "upcoming":
            rows = rows.filter(ends_on__gte=today)
        elif params["when"] == "past":
            rows = rows.filter(ends_on__lt=today)
        return rows


@extend_schema(tags=[TAG], summary="A published event", responses=EventSerializer)
class EventDetail(Endpoint):
    def get(self, request, slug):
        event = get_object_or_404(_events(), slug=slug)
        return Response(EventSerializer(event, context={"request": request}).data)


@extend_schema(tags=[TAG], summary="The programme of a published event, in time order")
class Programme(ListEndpoint):
    parameters, item = PageParameters, SessionSerializer
    keys = {"starts_at": (Key("starts_at"), Key("pk"))}

    def rows(self, params):
        event = get_object_or_404(published_events(), slug=self.kwargs["slug"])
        return (Session.objects.filter(event=event).select_related("event", "day", "room")
                .prefetch_related(Prefetch("speakers__organisation", Organisation.objects.only("pk", "slug"))))


urlpatterns = [
    path("events/", EventList.as_view(), name="events"),
    path("events/<slug:slug>/", EventDetail.as_view(), name="event"),
    path("events/<slug:slug>/programme/", Programme.as_view(), name="programme"),
]
