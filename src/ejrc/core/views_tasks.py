"""Failed background tasks for helpdesk staff, with a button to run each again.

The Django admin has the same list and action, but only for Django staff (``is_staff``);
helpdesk staff are users with an office, so they get this page.
"""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .models import FailedTask
from .permissions import permission_required
from .tasks import requeue_failed_task

PAGE_SIZE = 50


@permission_required("core.view_failed_tasks")
def failed_tasks(request):
    waiting = FailedTask.objects.filter(resolved_at=None).defer("traceback").order_by("-updated", "-id")
    page = Paginator(waiting, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "core/failed_tasks.html", {"page": page})


def _unresolved(pk):
    return get_object_or_404(FailedTask, pk=pk, resolved_at=None)


@permission_required("core.retry_failed_task", load=lambda pk: _unresolved(pk))
@require_POST
def retry_failed_task(request, failed):
    if requeue_failed_task(failed):
        messages.success(request, _("The task was queued again."))
    else:
        messages.error(request, _("This task no longer exists: %(name)s") % {"name": failed.name})
    return redirect("failed-tasks")
