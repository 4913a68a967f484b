"""Small helpers shared by the partnering views."""

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.http import Http404


def object_or_404(user, permission, load, *args):
    """``load(*args)`` if ``user`` holds ``permission`` on it; otherwise a 404, never a 403."""
    try:
        obj = load(*args)
    except ObjectDoesNotExist:
        raise Http404 from None
    if not user.has_perm(permission, obj):
        raise Http404
    return obj


def add_errors(form, error: ValidationError):
    """Show a domain ValidationError on the form: on its fields when named, else on top."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


def say_error(request, error: ValidationError):
    messages.error(request, " ".join(error.messages))
