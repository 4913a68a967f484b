"""Small helpers for the search result cards."""

from django import template

from ejrc.core.i18n import localized, other_language_value

register = template.Library()


@register.filter
def in_language(obj, field):
    """``{{ organisation|in_language:"name" }}``: the value in the viewer's language."""
    return localized(obj, field)


@register.filter
def in_other_language(obj, field):
    """The value in the other language, when it exists and differs."""
    return other_language_value(obj, field)


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
