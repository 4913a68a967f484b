"""The knowledge hub, the partner initiatives and the EPA section."""

from django.shortcuts import get_object_or_404, render

from ..domain.practice_search import published_practices
from ..domain.queries import published_posts
from ..models import EpaGuide, Initiative


def index(request):
    return render(request, "knowledge/index.html", {
        "practices": published_practices().select_related("organisation")[:3],
        "posts": published_posts()[:3],
        "initiatives": Initiative.objects.all(),
    })


def initiatives(request):
    return render(request, "knowledge/initiatives.html", {"initiatives": Initiative.objects.all()})


def initiative(request, slug):
    return render(request, "knowledge/initiative.html", {"initiative": get_object_or_404(Initiative, slug=slug)})


def epa(request):
    return render(request, "knowledge/epa.html", {"guides": EpaGuide.objects.prefetch_related("sectors")})


def epa_guide(request, slug):
    guide = get_object_or_404(EpaGuide.objects.prefetch_related("sectors"), slug=slug)
    return render(request, "knowledge/epa_guide.html", {"guide": guide})
