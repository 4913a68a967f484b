"""Place pages: an overview, and a page per prefecture and per European region.

What lies in a place (organisations, twinnings) comes from the apps above geo, through
:mod:`ejrc.geo.sections`.
"""

from django.shortcuts import get_object_or_404, render

from ejrc.geo.domain import queries
from ejrc.geo.models import Prefecture, Region
from ejrc.geo.sections import Place, overview_sections, place_sections, render_sections


def overview(request):
    return render(request, "geo/overview.html", {
        "countries": queries.european_countries_with_regions(),
        "areas": queries.prefectures_by_area(),
        "sections": render_sections(overview_sections, request),
    })


def prefecture_detail(request, code):
    prefecture = get_object_or_404(Prefecture, code=code.upper())
    return render(request, "geo/prefecture.html", {
        "place": prefecture,
        "sections": render_sections(place_sections, request, Place(prefecture=prefecture)),
    })


def region_detail(request, code):
    region = get_object_or_404(Region.objects.select_related("country"), code=code.upper())
    place = Place(region=region, region_ids=tuple(queries.region_and_descendant_ids(region)))
    return render(request, "geo/region.html", {
        "place": region,
        "ancestors": queries.region_ancestors(region),
        "children": region.children.defer("boundary").order_by("code"),
        "sections": render_sections(place_sections, request, place),
    })
