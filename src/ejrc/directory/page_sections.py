"""Sections that apps above the directory add to a profile page or an opportunity's page.

The directory knows neither knowledge nor partnering's neighbours; a higher app registers a
``PageSection`` in its ``AppConfig.ready()``::

    profile_sections.register("knowledge", "cases", PageSection(
        "knowledge/_profile_cases.html", lambda organisation, viewer: {"cases": ...}))

``context(subject, viewer)`` returns the section's context, or None to leave it out, in a fixed
number of queries. A page shows its sections with one line::

    {% include "directory/_page_sections.html" with sections="opportunity" subject=opportunity %}

``opportunity_sections`` get partnering's opportunity (read duck-typed: ``organisation``,
``kind``, ``sectors``, ``third_countries``), which lives in a sibling of their apps.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.template.loader import render_to_string

from ejrc.core.registry import Registry

profile_sections = Registry("sections of a profile page")
opportunity_sections = Registry("sections of an opportunity's page")
REGISTRIES = {"profile": profile_sections, "opportunity": opportunity_sections}


@dataclass(frozen=True)
class PageSection:
    template_name: str
    context: Callable  # context(subject, viewer) -> dict or None


def render_page_sections(name, subject, request):
    """The HTML of each section of the registry ``name`` for ``subject``, in layer order."""
    parts = []
    for contribution in REGISTRIES[name]:
        section = contribution.value
        context = section.context(subject, request.user)
        if context is not None:
            parts.append(render_to_string(section.template_name, context, request=request))
    return parts
