"""Sections the apps above the directory add to the home page (the directory's own page).

A section is a ``ejrc.geo.sections.PlaceSection`` whose ``context(None)`` gives its context
and must take a fixed number of queries; partnering, for instance, adds its figures::

    home_sections.register("partnering", "figures", PlaceSection(
        "partnering/_home_figures.html", lambda _place: home_figures()))
"""

from ejrc.core.registry import Registry

home_sections = Registry("sections of the home page")
