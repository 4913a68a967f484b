from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .mail import deliver_mail
from .models import ActivityLog, FailedTask, OutgoingMail
from .tasks import enqueue, requeue_failed_task


class ReadOnlyAdmin(admin.ModelAdmin):
    """Rows written by the platform itself: staff read them and act through the actions only."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(ActivityLog)
class ActivityLogAdmin(ReadOnlyAdmin):
    """Read-only for everyone, superusers included: the audit trail is never edited."""

    list_display = ["timestamp", "actor", "action", "content_type", "object_id"]
    list_filter = ["action", "content_type"]
    search_fields = ["action", "object_id"]
    readonly_fields = [f.name for f in ActivityLog._meta.fields]

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(FailedTask)
class FailedTaskAdmin(ReadOnlyAdmin):
    list_display = ["updated", "name", "args", "kwargs", "error", "failures", "resolved_at"]
    list_filter = ["name", ("resolved_at", admin.EmptyFieldListFilter)]
    search_fields = ["name", "error"]
    actions = ["run_again"]

    @admin.action(description=_("Run the selected tasks again"))
    def run_again(self, request, queryset):
        unknown = [failed.name for failed in queryset.filter(resolved_at=None) if not requeue_failed_task(failed)]
        if unknown:
            self.message_user(request, _("These tasks no longer exist: %(names)s") % {"names": ", ".join(unknown)},
                              messages.ERROR)
        else:
            self.message_user(request, _("The tasks were queued again."), messages.SUCCESS)


@admin.register(OutgoingMail)
class OutgoingMailAdmin(ReadOnlyAdmin):
    list_display = ["created", "to", "subject", "language", "sent_at", "attempts", "last_error"]
    list_filter = ["template", "language", ("sent_at", admin.EmptyFieldListFilter)]
    search_fields = ["to", "subject"]
    actions = ["send_now"]

    @admin.action(description=_("Send the selected e-mails now"))
    def send_now(self, request, queryset):
        waiting = list(queryset.filter(sent_at=None).values_list("pk", flat=True))
        for mail_id in waiting:
            enqueue(deliver_mail, mail_id)
        self.message_user(
            request,
            ngettext("%(count)d e-mail queued.", "%(count)d e-mails queued.", len(waiting)) % {"count": len(waiting)},
            messages.SUCCESS,
        )
