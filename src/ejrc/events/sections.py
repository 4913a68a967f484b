"""What higher apps add to an event's page: events knows nothing above it.

A section is a template and a function giving its context for the event and the viewer; the
B2B meetings app, for instance, adds the event's matchmaking (and the organisers' B2B tools)
in its ``AppConfig.ready()``::

    event_sections.register("meetings", "b2b", EventSection("meetings/_event_section.html", context))

``context(event, user)`` returns a dict, or None to show nothing; it must take a fixed number
of queries.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.template.loader import render_to_string

from ejrc.core.registry import Registry

event_sections = Registry("sections of an event page")


@dataclass(frozen=True)
class EventSection:
    template_name: str
    context: Callable  # context(event, user) -> dict | None


def render_event_sections(request, event):
    """The HTML of every section that has something to show, in layer order."""
    parts = []
    for section in event_sections:
        context = section.value.context(event, request.user)
        if context is not None:
            parts.append(render_to_string(section.value.template_name, context, request=request))
    return parts
