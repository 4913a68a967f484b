"""The directory's sections of geo's place pages (see :mod:`ejrc.geo.sections`).

A place page lists the published organisations located there and the twinnings and
agreements touching it; the overview of all places links to the list of every tie.
Registered by :meth:`ejrc.directory.apps.DirectoryConfig.ready`.
"""

from django.db.models import Count, Window

from ejrc.core.cache import cached
from ejrc.geo.sections import PlaceSection, overview_sections, place_sections

from .domain.places import links_for_place, published_organisations_in

# A place holds hundreds of profiles at scale (a country thousands): the page lists the first
# ones and links to the directory's search of the place for the rest.
ORGANISATIONS_SHOWN = 50


def _place_key(place):
    return ("pref", place.prefecture.code) if place.prefecture is not None else ("region", place.region.code)


def _organisations(place):
    organisations = published_organisations_in(
        prefecture=place.prefecture, region=place.region, region_ids=place.region_ids
    )
    shown = list(organisations.annotate(total=Window(Count("pk")))[:ORGANISATIONS_SHOWN])  # one query
    return {"organisations": shown, "total": shown[0].total if shown else 0}


def organisations_context(place):
    context = dict(cached("directory:place-organisations", lambda: _organisations(place), key=_place_key(place)))
    kind, code = _place_key(place)
    context["search_filter"] = f"{kind}:{code}" if kind == "pref" else f"region:{code}"
    return context


def links_context(place):
    return cached("directory:place-links", lambda: {"links": list(links_for_place(
        prefecture=place.prefecture, region=place.region, region_ids=place.region_ids
    ))}, key=_place_key(place))


def no_context(place):
    return {}


def register_place_sections(app_label):
    place_sections.register(app_label, "organisations", PlaceSection(
        "directory/_place_organisations.html", organisations_context))
    place_sections.register(app_label, "links", PlaceSection(
        "directory/_place_links.html", links_context))
    overview_sections.register(app_label, "links", PlaceSection(
        "directory/_places_overview_links.html", no_context))
