from django.shortcuts import render

from ejrc.directory.domain.queries import directory_overview
from ejrc.directory.home_sections import home_sections
from ejrc.directory.models import CooperationLink
from ejrc.geo.sections import render_sections


def home(request):
    overview = directory_overview()
    overview["links"] = CooperationLink.objects.count()
    overview["sections"] = render_sections(home_sections, request)
    return render(request, "directory/home.html", overview)
