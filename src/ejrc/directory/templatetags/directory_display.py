"""How the directory shows a profile's state and sectors, the same on every page.

``{% load directory_display %}`` then ``{% outdated_badge organisation %}`` and
``{{ sector|sector_label }}``.
"""

from django import template
from django.conf import settings

from ejrc.directory.domain.sectors import sector_label as label_of_sector
from ejrc.directory.domain.staleness import is_possibly_outdated

register = template.Library()


@register.inclusion_tag("directory/_outdated_badge.html")
def outdated_badge(organisation):
    """The "Possibly outdated" badge, saying after how many days a profile counts as such."""
    return {"outdated": is_possibly_outdated(organisation), "days": settings.EJRC_PROFILE_CONFIRM_DAYS}


@register.filter
def sector_label(sector):
    return label_of_sector(sector)
