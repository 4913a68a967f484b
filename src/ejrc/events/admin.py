"""The back office for events (superusers): events with their rooms and questions, sessions.

Organisers work in the site's own pages; the admin is for setting an event up and repairs.
Programme days are added as sessions are placed (``domain.events.add_session``).
"""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.db import models

from .models import Event, EventQuestion, Pitch, Registration, Room, Session, Speaker


class RoomInline(admin.TabularInline):
    model = Room
    extra = 0


class QuestionInline(admin.TabularInline):
    model = EventQuestion
    extra = 0


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["slug", "title_en", "starts_on", "ends_on", "time_zone", "format", "is_published"]
    list_filter = ["is_published", "format", "office"]
    search_fields = ["slug", "title_en", "title_ja"]
    prepopulated_fields = {"slug": ["title_en"]}
    filter_horizontal = ["organisers", "co_organisers"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    inlines = [RoomInline, QuestionInline]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "organisers":  # organisers are helpdesk staff, as in the domain
            kwargs["queryset"] = get_user_model().objects.filter(office__isnull=False, is_active=True)
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class SpeakerInline(admin.TabularInline):
    model = Speaker
    extra = 0
    raw_id_fields = ["user", "organisation"]


@admin.register(Session)
class SessionAdmin(admin.ModelAdmin):
    list_display = ["title_en", "event", "kind", "starts_at", "ends_at", "capacity"]
    list_filter = ["kind", "event"]
    raw_id_fields = ["event", "day", "room"]
    inlines = [SpeakerInline]


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    """Read-only: places and waiting lists change only through the domain (which takes the lock)."""

    list_display = ["user", "event", "organisation", "status", "created"]
    list_filter = ["status", "event"]
    search_fields = ["user__email", "organisation__name_en"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Pitch)
class PitchAdmin(admin.ModelAdmin):
    list_display = ["title", "session", "organisation", "status", "position"]
    list_filter = ["status"]
