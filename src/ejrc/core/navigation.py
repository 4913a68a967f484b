"""The site's menu, filled by the apps: core's base template knows none of their pages.

Each app registers its entries in its ``AppConfig.ready()``::

    from ejrc.core.navigation import MenuItem, menu
    menu.register(self.label, "events", MenuItem(_("Events"), "events:list", order=30))

An entry is in one of three groups: the public sections (shown to everyone), the viewer's own
pages ("mine", signed-in people) and the helpdesk's pages ("staff"). ``permission`` hides an
entry from whoever does not hold it (a django-rules permission checked without an object,
by the rules alone: Django's model permissions would cost two queries on every page).
"""

from dataclasses import dataclass

import rules
from django.urls import reverse

from ejrc.core.registry import Registry

PUBLIC, MINE, STAFF = "public", "mine", "staff"

menu = Registry("main menu")


@dataclass(frozen=True)
class MenuItem:
    label: str
    url_name: str
    order: int = 50
    group: str = PUBLIC
    permission: str = ""


def menu_for(user):
    """``{group: [(label, url), …]}`` of the entries ``user`` may see, each group in order."""
    signed_in = user.is_authenticated
    entries = sorted((c.value for c in menu), key=lambda item: item.order)
    groups = {PUBLIC: [], MINE: [], STAFF: []}
    for item in entries:
        if item.group != PUBLIC and not signed_in:
            continue
        if item.permission and not rules.has_perm(item.permission, user):
            continue
        groups[item.group].append((item.label, reverse(item.url_name)))
    return groups


def main_menu(request):
    """Context processor: ``main_menu`` for the base template."""
    return {"main_menu": menu_for(request.user)}
