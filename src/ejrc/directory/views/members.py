"""Managing who acts for an organisation, and its relations to other profiles."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ejrc.directory.domain.members import add_member, remove_member
from ejrc.directory.domain.relations import add_relation, remove_relation
from ejrc.directory.forms import MemberForm, RelationForm
from ejrc.directory.models import Organisation, OrganisationRelation
from ejrc.directory.views.helpers import add_errors, organisation_or_404


def _page(request, organisation, member_form=None, relation_form=None):
    return render(request, "directory/members.html", {
        "organisation": organisation,
        "memberships": organisation.memberships.select_related("user").order_by("role", "user__email"),
        "relations": organisation.relations_out.select_related("target"),
        "member_form": member_form or MemberForm(),
        "relation_form": relation_form or RelationForm(),
    })


@login_required
def members(request, slug):
    organisation = organisation_or_404(request.user, slug, "directory.manage_members")
    form = MemberForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            add_member(actor=request.user, organisation=organisation, **form.cleaned_data)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Saved."))
            return redirect("directory:members", slug=slug)
    return _page(request, organisation, member_form=form)


@login_required
@require_POST
def remove(request, slug, pk):
    organisation = organisation_or_404(request.user, slug, "directory.manage_members")
    membership = get_object_or_404(organisation.memberships, pk=pk)
    try:
        remove_member(actor=request.user, membership=membership)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("directory:members", slug=slug)


@login_required
def relate(request, slug):
    organisation = organisation_or_404(request.user, slug, "directory.change_organisation")
    form = RelationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        target = Organisation.objects.filter(slug=form.cleaned_data["target"], status="published").first()
        if target is None:
            form.add_error("target", _("No published profile has this address name."))
        else:
            try:
                add_relation(actor=request.user, source=organisation, target=target, kind=form.cleaned_data["kind"])
            except ValidationError as error:
                add_errors(form, error)
            else:
                return redirect("directory:members", slug=slug)
    return _page(request, organisation, relation_form=form)


@login_required
@require_POST
def unrelate(request, slug, pk):
    organisation = organisation_or_404(request.user, slug, "directory.change_organisation")
    relation = get_object_or_404(OrganisationRelation, pk=pk, source=organisation)
    remove_relation(actor=request.user, relation=relation)
    return redirect("directory:members", slug=slug)
