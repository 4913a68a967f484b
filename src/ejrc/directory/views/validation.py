"""The helpdesk's validation queue: pending proposals, their changes, approve or reject."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ejrc.directory.domain import queries
from ejrc.directory.domain.diff import revision_diff
from ejrc.directory.domain.profiles import approve_revision, reject_revision
from ejrc.directory.forms import RejectForm
from ejrc.directory.models import ProfileRevision
from ejrc.directory.views.helpers import add_errors
from ejrc.helpdesk.models import Office


def _require_staff(user):
    if not user.has_perm("directory.validate_profiles"):
        raise Http404


@login_required
def queue(request):
    """Every pending proposal, the staff member's own office first; ``?office=<code>`` filters."""
    _require_staff(request.user)
    offices = list(Office.objects.all())
    chosen = request.GET.get("office") or "all"
    office = next((o for o in offices if o.code == chosen), None)
    revisions = list(queries.validation_queue(office=office))
    if office is None:
        revisions.sort(key=lambda r: (r.office_id != request.user.office_id, r.created))
    return render(request, "directory/validation_queue.html", {
        "revisions": revisions, "offices": offices, "chosen": chosen,
    })


def _pending(user, pk):
    _require_staff(user)
    return get_object_or_404(
        ProfileRevision.objects.select_related("organisation__country", "office", "submitted_by"), pk=pk
    )


@login_required
def revision(request, pk):
    revision = _pending(request.user, pk)
    return render(request, "directory/revision.html", {
        "revision": revision, "diff": revision_diff(revision), "reject_form": RejectForm(),
        "is_pending": revision.status == ProfileRevision.Status.PENDING,
    })


@login_required
@require_POST
def approve(request, pk):
    revision = _pending(request.user, pk)
    try:
        approve_revision(actor=request.user, revision=revision)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("directory:revision", pk=revision.pk)
    messages.success(request, _("The profile is published."))
    return redirect("directory:validation-queue")


@login_required
@require_POST
def reject(request, pk):
    revision = _pending(request.user, pk)
    form = RejectForm(request.POST)
    if form.is_valid():
        try:
            reject_revision(actor=request.user, revision=revision, reason=form.cleaned_data["reason"])
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("The proposal is rejected; the owners have been told why."))
            return redirect("directory:validation-queue")
    return render(request, "directory/revision.html", {
        "revision": revision, "diff": revision_diff(revision), "reject_form": form,
        "is_pending": revision.status == ProfileRevision.Status.PENDING,
    })
