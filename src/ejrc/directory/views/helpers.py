"""Small helpers shared by the directory views."""

from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404

from ejrc.directory.models import Organisation


def organisation_or_404(user, slug, permission="directory.view_organisation"):
    """The organisation if ``user`` holds ``permission`` on it; otherwise a 404, never a 403."""
    organisation = get_object_or_404(Organisation.objects.select_related("country"), slug=slug)
    if not user.has_perm(permission, organisation):
        raise Http404
    return organisation


def add_errors(form, error: ValidationError):
    """Show a domain ValidationError on the form: on its fields when named, else on top."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)
