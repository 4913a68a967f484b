from django.shortcuts import render

from ejrc.core.permissions import permission_required

from ..domain.dashboard import dashboard as figures


@permission_required("helpdesk.view_dashboard")
def dashboard(request):
    """Figures only (no inquiry, no sender): every office's staff may compare them."""
    return render(request, "helpdesk/dashboard.html", figures())
