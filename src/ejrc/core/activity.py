"""Writing the audit trail. Domain functions call :func:`log_action` inside their transaction.

The trail is append-only: rows are never edited or deleted (the model refuses, the admin is
read-only, and on PostgreSQL a trigger refuses UPDATE and DELETE; see migration 0002). What
staff change through the Django admin is copied into it too, so their actions on people's data
are in one place.
"""

from django.contrib.admin.models import ADDITION, CHANGE, DELETION, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import ActivityLog

ADMIN_ACTIONS = {ADDITION: "admin.add", CHANGE: "admin.change", DELETION: "admin.delete"}


def log_action(*, actor, action, subject, data=None):
    return ActivityLog.objects.create(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action,
        content_type=ContentType.objects.get_for_model(subject),
        object_id=str(subject.pk),
        data=data or {},
    )


def history(subject):
    return ActivityLog.objects.filter(
        content_type=ContentType.objects.get_for_model(subject), object_id=str(subject.pk)
    ).select_related("actor")


@receiver(post_save, sender=LogEntry, dispatch_uid="ejrc.core.activity.admin_log_entry")
def copy_admin_log_entry(sender, instance, created, **kwargs):
    """Every add, change and delete made in the Django admin joins the audit trail."""
    if created and instance.content_type_id:
        ActivityLog.objects.create(
            actor_id=instance.user_id, action=ADMIN_ACTIONS.get(instance.action_flag, "admin.other"),
            content_type_id=instance.content_type_id, object_id=str(instance.object_id or ""),
            data={"object": instance.object_repr, "change": instance.get_change_message()},
        )
