from django.shortcuts import render

from ejrc.directory.domain.queries import directory_overview
from ejrc.directory.models import CooperationLink


def home(request):
    overview = directory_overview()
    overview["links"] = CooperationLink.objects.count()
    return render(request, "directory/home.html", overview)
