"""Place pages: an overview, a page per prefecture and per European region, and the links list."""

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from ejrc.geo.domain import queries
from ejrc.geo.forms import LinkFilterForm
from ejrc.geo.models import Prefecture, Region

LINKS_PER_PAGE = 50


def overview(request):
    return render(request, "geo/overview.html", {
        "countries": queries.european_countries_with_regions(),
        "areas": queries.prefectures_by_area(),
    })


def prefecture_detail(request, code):
    prefecture = get_object_or_404(Prefecture, code=code.upper())
    return render(request, "geo/prefecture.html", {
        "place": prefecture,
        "organisations": queries.published_organisations_in(prefecture=prefecture),
        "links": queries.links_for_place(prefecture=prefecture),
    })


def region_detail(request, code):
    region = get_object_or_404(Region.objects.select_related("country"), code=code.upper())
    return render(request, "geo/region.html", {
        "place": region,
        "ancestors": queries.region_ancestors(region),
        "children": region.children.defer("boundary").order_by("code"),
        "organisations": queries.published_organisations_in(region=region),
        "links": queries.links_for_place(region=region),
    })


def links(request):
    form = LinkFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    found = queries.filtered_links(country=filters.get("country"), prefecture=filters.get("prefecture"))
    page = Paginator(found, LINKS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "geo/links.html", {"form": form, "page": page, "links": page.object_list})
