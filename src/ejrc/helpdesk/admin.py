from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .domain.erasure import erase_inquiries
from .models import FaqEntry, Inquiry, Office


@admin.register(Office)
class OfficeAdmin(admin.ModelAdmin):
    list_display = ["code", "name_en", "name_ja", "email", "time_zone", "covers_europe", "inquiry_topics"]


@admin.register(Inquiry)
class InquiryAdmin(admin.ModelAdmin):
    """Read-only: staff answer in the inbox; here a person's request to be forgotten is met."""

    list_display = ["reference", "topic", "office", "status", "created", "anonymised_at"]
    list_filter = ["office", "status", "topic"]
    search_fields = ["reference", "email"]
    actions = ["erase"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Erase the personal data of the selected inquiries"), permissions=["delete"])
    def erase(self, request, queryset):
        count = erase_inquiries(queryset)
        self.message_user(request, ngettext("%(count)d inquiry erased.", "%(count)d inquiries erased.", count)
                          % {"count": count}, messages.SUCCESS)


@admin.register(FaqEntry)
class FaqEntryAdmin(admin.ModelAdmin):
    list_display = ["topic", "question_en", "question_ja", "published", "updated"]
    list_filter = ["topic", "published"]
    exclude = ["source", "edited_by"]
