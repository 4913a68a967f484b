"""Managing who acts for an organisation (by invitation), and its relations to other profiles."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ejrc.core.permissions import permission_required
from ejrc.directory.domain import queries
from ejrc.directory.domain.members import answer_invitation, invite_member, remove_member, withdraw_invitation
from ejrc.directory.domain.relations import add_relation, confirm_relation, decline_relation, remove_relation
from ejrc.directory.forms import MemberForm, RelationForm
from ejrc.directory.models import Organisation
from ejrc.directory.views import helpers as load
from ejrc.directory.views.helpers import add_errors


def _page(request, organisation, member_form=None, relation_form=None):
    return render(request, "directory/members.html", {
        "organisation": organisation,
        **queries.members_page(organisation),
        "member_form": member_form or MemberForm(),
        "relation_form": relation_form or RelationForm(),
    })


@permission_required("directory.manage_members", load=load.organisation)
def members(request, organisation):
    form = MemberForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            invitation = invite_member(actor=request.user, organisation=organisation, **form.cleaned_data)
        except ValidationError as error:
            add_errors(form, error)
        else:
            # The same words whether or not the address has an account: the page reveals none.
            messages.success(request, _("Invitation sent to %(email)s: the person becomes a member once they "
                                        "accept it.") % {"email": form.cleaned_data["email"]}
                             if invitation else _("The role is changed."))
            return redirect("directory:members", slug=organisation.slug)
    return _page(request, organisation, member_form=form)


@permission_required("directory.delete_membership", load=load.membership)
@require_POST
def remove(request, membership):
    try:
        remove_member(actor=request.user, membership=membership)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("directory:members", slug=membership.organisation.slug)


@permission_required("directory.withdraw_invitation", load=load.invitation_of_organisation)
@require_POST
def withdraw(request, invitation):
    withdraw_invitation(actor=request.user, invitation=invitation)
    return redirect("directory:members", slug=invitation.organisation.slug)


@permission_required("directory.answer_invitation", load=load.invitation)
@require_POST
def answer(request, invitation):
    """The invited person accepts or declines (from "My organisations")."""
    accept = request.POST.get("answer") == "accept"
    try:
        answer_invitation(actor=request.user, invitation=invitation, accept=accept)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if accept:
            messages.success(request, _("Welcome: you now act for %(organisation)s.")
                             % {"organisation": invitation.organisation})
    return redirect("directory:mine")


@permission_required("directory.change_organisation", load=load.organisation)
def relate(request, organisation):
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
                messages.success(request, _("The relation shows on both profiles once %(other)s confirms it.")
                                 % {"other": target})
                return redirect("directory:members", slug=organisation.slug)
    return _page(request, organisation, relation_form=form)


@permission_required("directory.delete_relation", load=load.relation_from)
@require_POST
def unrelate(request, relation):
    remove_relation(actor=request.user, relation=relation)
    return redirect("directory:members", slug=relation.source.slug)


@permission_required("directory.confirm_relation", load=load.relation_to)
@require_POST
def answer_relation(request, relation):
    """The target's side (its admins or its office) confirms (``answer=confirm``) or declines."""
    if request.POST.get("answer") == "confirm":
        confirm_relation(actor=request.user, relation=relation)
    else:
        decline_relation(actor=request.user, relation=relation)
    if request.user.has_perm("directory.manage_members", relation.target):
        return redirect("directory:members", slug=relation.target.slug)
    return redirect("directory:validation-queue")
