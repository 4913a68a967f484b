"""The cooperation map page: filtered like the directory search."""

from django.shortcuts import render

from ejrc.directory.domain.search_params import SearchParams

from ..domain.cooperation_map import cooperation_map


def map_page(request):
    params = SearchParams.from_querydict(request.GET)
    return render(request, "partnering/map.html", {"map": cooperation_map(params=params), "params": params})
