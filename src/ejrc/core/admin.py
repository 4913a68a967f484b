from django.contrib import admin

from .models import ActivityLog


@admin.register(ActivityLog)
class ActivityLogAdmin(admin.ModelAdmin):
    list_display = ["timestamp", "actor", "action", "content_type", "object_id"]
    list_filter = ["action", "content_type"]
    readonly_fields = [f.name for f in ActivityLog._meta.fields]
