"""Sections that the apps above geo add to the place pages: geo knows no organisations.

A section is a template and a function giving its context for a place. The directory, for
instance, adds the organisations of a place and its twinnings, in its ``AppConfig.ready()``::

    place_sections.register("directory", "organisations", PlaceSection(
        "directory/_place_organisations.html", organisations_in_place))

``place_sections`` are shown on a prefecture's or a region's page, ``overview_sections`` on
the overview of all places (their context function is given no place).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.template.loader import render_to_string

from ejrc.core.registry import Registry

place_sections = Registry("sections of a place page")
overview_sections = Registry("sections of the places overview")


@dataclass(frozen=True)
class Place:
    """The place of a page, as sections are told about it.

    ``region_ids`` are the region's id and the ids of every region below it, looked up once
    for all sections.
    """

    prefecture: object = None
    region: object = None
    region_ids: tuple = ()


@dataclass(frozen=True)
class PlaceSection:
    template_name: str
    context: Callable  # context(place) -> dict; place is None on the overview


def render_sections(registry, request, place=None):
    """The HTML of every section of ``registry``, in layer order."""
    return [
        render_to_string(
            section.value.template_name, section.value.context(place), request=request
        )
        for section in registry
    ]
