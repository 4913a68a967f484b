"""The list of every twinning and agreement, filtered by European country and prefecture."""

from django.core.paginator import Paginator
from django.shortcuts import render

from ejrc.directory.domain.places import filtered_links
from ejrc.directory.link_forms import LinkFilterForm

LINKS_PER_PAGE = 50


def links(request):
    form = LinkFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    found = filtered_links(country=filters.get("country"), prefecture=filters.get("prefecture"))
    page = Paginator(found, LINKS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "directory/links.html", {"form": form, "page": page, "links": page.object_list})
