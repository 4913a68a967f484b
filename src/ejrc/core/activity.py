"""Writing the audit trail. Domain functions call :func:`log_action` inside their transaction."""

from django.contrib.contenttypes.models import ContentType

from .models import ActivityLog


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
