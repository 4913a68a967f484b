"""The directory search page: one search box, facets and results.

With htmx, submitting the form or ticking a facet asks only for the results region
(``HX-Target: search-results``), which holds the facets and the results; without
JavaScript the same URL renders the whole page.
"""

from django.shortcuts import render
from django.utils.cache import patch_vary_headers

from ..domain.search import search_directory
from ..domain.search_params import SearchParams, Sort

RESULTS_REGION = "search-results"


def wants_region_only(request):
    return (
        request.headers.get("HX-Request") == "true"
        and request.headers.get("HX-Target") == RESULTS_REGION
        and not request.headers.get("HX-History-Restore-Request")
    )


def search(request):
    params = SearchParams.from_querydict(request.GET)
    results = search_directory(params=params, page=request.GET.get("page", 1))
    template = "directory/search_results.html" if wants_region_only(request) else "directory/search.html"
    response = render(request, template, {
        "results": results, "sort_choices": Sort.CHOICES, "region_id": RESULTS_REGION,
        "can_export": request.user.has_perm("directory.export_organisations"),
    })
    patch_vary_headers(response, ["HX-Request", "HX-Target"])
    return response
