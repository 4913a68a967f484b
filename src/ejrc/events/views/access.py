"""Loading the event a URL names, or a 404 when the viewer may not see it (never a 403)."""

from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404

from ejrc.events.models import Event


def event_or_404(user, slug, permission="events.view_event"):
    event = get_object_or_404(Event.objects.select_related("office"), slug=slug)
    if not user.has_perm(permission, event):
        raise Http404
    return event


def add_errors(form, error: ValidationError):
    """Show a domain ValidationError on the form: on its fields when named, else on top."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)
