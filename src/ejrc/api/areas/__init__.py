"""The areas of the API, one module each. A module defines its serializers and endpoints
(on the bases of ``ejrc.api.endpoints``) and ``urlpatterns``; adding an area is a module and
a line here. Paths are relative to /api/v1/.
"""

AREAS = [
    "me",
    "places",
    "organisations",
    "opportunities",
    "events",
    "own_organisations",
    "own_opportunities",
    "own_agenda",
    "knowledge",
]
