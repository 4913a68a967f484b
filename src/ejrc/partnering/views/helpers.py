"""Small helpers shared by the partnering views."""

from django.contrib import messages
from django.core.exceptions import ValidationError


def add_errors(form, error: ValidationError):
    """Show a domain ValidationError on the form: on its fields when named, else on top."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


def say_error(request, error: ValidationError):
    messages.error(request, " ".join(error.messages))
