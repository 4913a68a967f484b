from django.shortcuts import render

from ejrc.core.cache import cached
from ejrc.directory.domain.queries import directory_overview
from ejrc.directory.home_sections import home_sections
from ejrc.directory.models import CooperationLink
from ejrc.geo.sections import render_sections


def home_figures():
    """The directory's figures and newest profiles (kept in the shared cache, ejrc.core.cache)."""
    return {**directory_overview(), "links": CooperationLink.objects.count()}


def home(request):
    overview = dict(cached("directory:home", home_figures))
    overview["sections"] = render_sections(home_sections, request)
    return render(request, "directory/home.html", overview)
