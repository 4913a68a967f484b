"""Small helpers shared by the directory views: loading what a URL names, showing errors.

The loaders are given to ``permission_required(..., load=...)``: they take the URL's
arguments and return the object whose permission is checked (``DoesNotExist`` becomes a 404).
"""

from django.core.exceptions import ValidationError

from ejrc.directory.domain import queries
from ejrc.directory.models import ContactRequest, Invitation, Membership, Organisation, OrganisationRelation


def organisation(slug):
    return Organisation.objects.select_related("country").get(slug=slug)


def profile(slug):
    return queries.profile_for_page(slug)


def membership(slug, pk):
    return Membership.objects.select_related("organisation").get(organisation__slug=slug, pk=pk)


def invitation_of_organisation(slug, pk):
    return Invitation.objects.select_related("organisation").get(organisation__slug=slug, pk=pk)


def invitation(pk):
    return Invitation.objects.select_related("organisation").get(pk=pk)


def relation_from(slug, pk):
    """A relation the organisation ``slug`` declared."""
    return OrganisationRelation.objects.select_related("source", "target").get(source__slug=slug, pk=pk)


def relation_to(slug, pk):
    """A relation declared towards the organisation ``slug``."""
    return OrganisationRelation.objects.select_related("source", "target").get(target__slug=slug, pk=pk)


def contact_request(pk):
    return ContactRequest.objects.select_related("organisation").get(pk=pk)


def add_errors(form, error: ValidationError):
    """Show a domain ValidationError on the form: on its fields when named, else on top."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)
