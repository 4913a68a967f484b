"""Small helpers for the search result cards."""

from django import template

from ejrc.core.i18n import localized

register = template.Library()


@register.filter
def initials(organisation):
    """Up to two letters standing in for a missing logo: "Gifu Aerospace Cluster" → "GA"."""
    words = [word for word in (organisation.name_en or organisation.name_ja).split() if word[:1].isalnum()]
    return "".join(word[0] for word in words[:2]).upper() or "?"


@register.filter
def place_names(organisation):
    """City, region or prefecture and country, in the viewer's language, without blanks."""
    parts = [organisation.city]
    for place in (organisation.region, organisation.prefecture, organisation.country):
        if place is not None:
            parts.append(localized(place, "name"))
    return [part for part in dict.fromkeys(parts) if part]
