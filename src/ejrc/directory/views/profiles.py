"""The public profile page, creating and editing a profile, and "my organisations"."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ejrc.core.permissions import permission_required
from ejrc.directory.domain import queries
from ejrc.directory.domain.abilities import with_abilities
from ejrc.directory.domain.contacts import contact_request_state, visible_contacts
from ejrc.directory.domain.profiles import confirm_profile_current, create_organisation, submit_changes
from ejrc.directory.domain.revision_data import organisation_data
from ejrc.directory.forms import ContactFormSet, ContactRequestForm, LabelFormSet, OrganisationForm, initial_from, proposal_from
from ejrc.directory.models import ProfileRevision
from ejrc.directory.views import helpers as load
from ejrc.directory.views.helpers import add_errors
from ejrc.directory.views.presenters import profile_context


@permission_required("directory.view_organisation", load=load.profile, login=False)
def profile(request, organisation):
    user = request.user
    context = profile_context(organisation, user)
    context["contacts"] = visible_contacts(viewer=user, organisation=organisation)
    context.update(contact_request_state(viewer=user, organisation=organisation))
    if context["can_request_contact"]:
        context["contact_form"] = ContactRequestForm(user=user)
    return render(request, "directory/profile.html", context)


def _edit(request, *, organisation=None, data=None):
    """One page for creating and editing: the profile form with its labels and contacts."""
    initial, labels, contacts = initial_from(data or {})
    post = request.POST if request.method == "POST" else None
    form = OrganisationForm(post, request.FILES or None, initial=initial, organisation=organisation)
    label_forms = LabelFormSet(post, initial=labels, prefix="labels")
    contact_forms = ContactFormSet(post, initial=contacts, prefix="contacts")
    if post is not None and all([form.is_valid(), label_forms.is_valid(), contact_forms.is_valid()]):
        proposal = proposal_from(form, label_forms, contact_forms)
        logo = form.cleaned_data.get("logo")
        try:
            if organisation is None:
                organisation = create_organisation(actor=request.user, data=proposal, logo=logo)
                messages.success(request, _("Thank you: the helpdesk will check the profile and publish it."))
            else:
                submit_changes(actor=request.user, organisation=organisation, data=proposal, logo=logo)
                messages.success(request, _("Your changes have been sent for validation. "
                                            "The published profile stays as it is until then."))
        except ValidationError as error:
            add_errors(form, error)
        else:
            return redirect(organisation.get_absolute_url())
    return render(request, "directory/profile_form.html", {
        "form": form, "labels": label_forms, "contacts": contact_forms, "organisation": organisation,
    })


@permission_required()
def create(request):
    return _edit(request)


@permission_required("directory.change_organisation", load=load.organisation)
def edit(request, organisation):
    pending = organisation.revisions.filter(status=ProfileRevision.Status.PENDING).first()
    return _edit(request, organisation=organisation, data=pending.data if pending else organisation_data(organisation))


@permission_required()
def mine(request):
    """The viewer's organisations, the invitations waiting for their answer, their requests."""
    memberships = list(queries.memberships_of(request.user))
    return render(request, "directory/mine.html", {
        "memberships": with_abilities(viewer=request.user, memberships=memberships),
        "invitations": list(queries.invitations_for(request.user)),
        "sent_requests": queries.sent_requests(request.user)[:20],
    })


@permission_required("directory.change_organisation", load=load.organisation)
@require_POST
def confirm(request, organisation):
    confirm_profile_current(actor=request.user, organisation=organisation)
    messages.success(request, _("Thank you: the profile is marked as current."))
    return redirect("directory:mine" if request.POST.get("next") == "mine" else organisation.get_absolute_url())
