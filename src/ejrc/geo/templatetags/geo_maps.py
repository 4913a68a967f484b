"""``{% place_map place %}``: a place's stored boundary drawn as a small inline SVG.

Equirectangular projection with longitudes shrunk by cos(latitude) at the middle of the
place, which keeps shapes right at the scale of a region or a prefecture. Far-off islands
(Ogasawara for Tokyo, the outermost regions for France) would shrink the main land to a dot,
so the map frames the land near the largest polygon and says what it leaves out.
"""

import math

from django import template
from django.utils.html import format_html
from django.utils.translation import gettext as _

from ejrc.core.i18n import localized
from ejrc.geo.domain.geometry import GeometryError, polygons_of, ring_area

register = template.Library()

WIDTH = 320
MAX_HEIGHT = 320
PADDING = 8
# Polygons farther from the largest one than this many times its size are left off the map.
NEAR_FACTOR = 1.5


def _bbox(ring):
    lons, lats = [p[0] for p in ring], [p[1] for p in ring]
    return min(lons), min(lats), max(lons), max(lats)


def main_polygons(polygons):
    """(the polygons near the largest one, whether some were left out)."""
    west, south, east, north = _bbox(max(polygons, key=lambda p: ring_area(p[0]))[0])
    reach = NEAR_FACTOR * max(east - west, north - south)
    near = []
    for polygon in polygons:
        w, s, e, n = _bbox(polygon[0])
        if w <= east + reach and e >= west - reach and s <= north + reach and n >= south - reach:
            near.append(polygon)
    return near, len(near) < len(polygons)


@register.simple_tag
def place_map(place, width=WIDTH):
    """An SVG outline of ``place.boundary`` with a dot at its point; nothing without a boundary."""
    try:
        polygons, cropped = main_polygons(polygons_of(getattr(place, "boundary", None)))
    except GeometryError:
        return ""
    rings = [ring for polygon in polygons for ring in polygon]
    lats = [p[1] for ring in rings for p in ring]
    lons = [p[0] for ring in rings for p in ring]
    shrink = math.cos(math.radians((min(lats) + max(lats)) / 2))
    span_x = max((max(lons) - min(lons)) * shrink, 1e-6)
    span_y = max(max(lats) - min(lats), 1e-6)
    scale = min((width - 2 * PADDING) / span_x, (MAX_HEIGHT - 2 * PADDING) / span_y)
    height = round(span_y * scale + 2 * PADDING)

    def project(lon, lat):
        return (
            PADDING + (lon - min(lons)) * shrink * scale,
            PADDING + (max(lats) - lat) * scale,
        )

    path = " ".join(
        "M" + " L".join("{:.1f} {:.1f}".format(*project(p[0], p[1])) for p in ring[:-1]) + "Z"
        for ring in rings
    )
    marker = ""
    if place.latitude is not None and place.longitude is not None:
        x, y = project(place.longitude, place.latitude)
        if 0 <= x <= width and 0 <= y <= height:
            marker = format_html(
                '<circle cx="{}" cy="{}" r="4" class="place-map-point"/>', f"{x:.1f}", f"{y:.1f}"
            )
    svg = format_html(
        '<svg class="place-map" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" '
        'aria-label="{label}"><title>{label}</title><path d="{d}" fill-rule="evenodd"/>{marker}</svg>',
        w=width, h=height, d=path, marker=marker,
        label=_("Map of %(place)s") % {"place": localized(place, "name")},
    )
    if not cropped:
        return svg
    return format_html(
        '<figure class="place-map-figure">{}<figcaption class="small">{}</figcaption></figure>',
        svg, _("Distant islands and territories are not shown."),
    )
