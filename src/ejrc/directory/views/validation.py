"""The helpdesk's validation queue: pending proposals, their changes, approve or reject.

Every office sees the whole queue (its own proposals first); only the responsible office
decides, unless the viewer holds the override (see ``ejrc.directory.rules``).
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ejrc.core.permissions import permission_required
from ejrc.directory.domain import queries
from ejrc.directory.domain.abilities import can_decide
from ejrc.directory.domain.diff import revision_diff
from ejrc.directory.domain.profiles import approve_revision, reject_revision
from ejrc.directory.forms import RejectForm
from ejrc.directory.models import ProfileRevision
from ejrc.directory.views.helpers import add_errors
from ejrc.helpdesk.models import Office


def _revision(pk):
    return ProfileRevision.objects.select_related("organisation__country", "office", "submitted_by").get(pk=pk)


@permission_required("directory.view_validation_queue")
def queue(request):
    """Every pending proposal, the staff member's own office first; ``?office=<code>`` filters."""
    offices = list(Office.objects.all())
    chosen = request.GET.get("office") or "all"
    office = next((o for o in offices if o.code == chosen), None)
    revisions = list(queries.validation_queue(office=office))
    if office is None:
        revisions.sort(key=lambda r: (r.office_id != request.user.office_id, r.created))
    return render(request, "directory/validation_queue.html", {
        "revisions": revisions, "offices": offices, "chosen": chosen,
        "relations_to_confirm": list(queries.relations_awaiting_office(request.user.office)),
    })


def _page(request, revision, reject_form=None):
    is_pending = revision.status == ProfileRevision.Status.PENDING
    return render(request, "directory/revision.html", {
        "revision": revision, "diff": revision_diff(revision), "reject_form": reject_form or RejectForm(),
        "is_pending": is_pending, "can_decide": is_pending and can_decide(viewer=request.user, revision=revision),
    })


@permission_required("directory.view_revision", load=_revision)
def revision(request, revision):
    return _page(request, revision)


@permission_required("directory.decide_revision", load=_revision)
@require_POST
def approve(request, revision):
    try:
        approve_revision(actor=request.user, revision=revision)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("directory:revision", pk=revision.pk)
    messages.success(request, _("The profile is published."))
    return redirect("directory:validation-queue")


@permission_required("directory.decide_revision", load=_revision)
@require_POST
def reject(request, revision):
    form = RejectForm(request.POST)
    if form.is_valid():
        try:
            reject_revision(actor=request.user, revision=revision, reason=form.cleaned_data["reason"])
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("The proposal is rejected; the owners have been told why."))
            return redirect("directory:validation-queue")
    return _page(request, revision, reject_form=form)
