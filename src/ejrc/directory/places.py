"""The directory's sections of geo's place pages (see :mod:`ejrc.geo.sections`).

A place page lists the published organisations located there and the twinnings and
agreements touching it; the overview of all places links to the list of every tie.
Registered by :meth:`ejrc.directory.apps.DirectoryConfig.ready`.
"""

from ejrc.geo.sections import PlaceSection, overview_sections, place_sections

from .domain.places import links_for_place, published_organisations_in


def organisations_context(place):
    return {"organisations": published_organisations_in(
        prefecture=place.prefecture, region=place.region, region_ids=place.region_ids
    )}


def links_context(place):
    return {"links": links_for_place(
        prefecture=place.prefecture, region=place.region, region_ids=place.region_ids
    )}


def no_context(place):
    return {}


def register_place_sections(app_label):
    place_sections.register(app_label, "organisations", PlaceSection(
        "directory/_place_organisations.html", organisations_context))
    place_sections.register(app_label, "links", PlaceSection(
        "directory/_place_links.html", links_context))
    overview_sections.register(app_label, "links", PlaceSection(
        "directory/_places_overview_links.html", no_context))
