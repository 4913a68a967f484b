"""The cooperation map: organisations and their existing links, on a panel of Europe and one of
Japan, drawn by the server as SVG from the imported boundaries (or as points where none were
imported). No tiles: nothing is fetched from elsewhere.

The organisations are those of a directory search (the same parameters, the same code path);
each place is drawn once, sized by how many of them it holds, and links to its place page.
The two panels sit side by side in one drawing, so that the existing links between a
European and a Japanese place (:mod:`.map_links`) are drawn as lines from one to the other.
"""

import math
from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.urls import reverse

from ejrc.core.i18n import localized
from ejrc.directory.domain.search import DIRECTORY_FACETS
from ejrc.directory.domain.search_engine import matching_rows
from ejrc.directory.models import CooperationLink, Organisation, OrganisationStatus
from ejrc.geo.domain.geometry import GeometryError, polygons_of
from ejrc.geo.models import Prefecture, Region

from .map_links import link_lines

WIDTH, HEIGHT = 480, 420
GAP = 40  # between the Europe panel (left) and the Japan panel (right)
# (west, south, east, north): mainland Europe with the Canaries left off, and all of Japan.
FRAMES = {"europe": (-25.0, 34.0, 45.0, 71.5), "japan": (122.5, 24.0, 146.5, 46.0)}


@dataclass
class Shape:
    name: str
    url: str
    organisations: int
    links: int
    path: str = ""  # SVG path data of the boundary, when one was imported
    x: float = 0.0
    y: float = 0.0
    has_point: bool = False


@dataclass
class Panel:
    key: str
    width: int = WIDTH
    height: int = HEIGHT
    shapes: list = field(default_factory=list)
    offset: int = 0  # its left edge in the drawing

    @property
    def organisations(self):
        return sum(shape.organisations for shape in self.shapes)


def _projector(frame):
    west, south, east, north = frame
    shrink = math.cos(math.radians((south + north) / 2))
    scale = min(WIDTH / ((east - west) * shrink), HEIGHT / (north - south))

    def project(lon, lat):
        return (lon - west) * shrink * scale, (north - lat) * scale

    return project


def _path(boundary, project):
    try:
        polygons = polygons_of(boundary)
    except GeometryError:
        return ""
    return " ".join(
        "M" + " L".join("{:.1f} {:.1f}".format(*project(lon, lat)) for lon, lat in ring[:-1]) + "Z"
        for polygon in polygons for ring in polygon
    )


def _shape(place, organisations, links, url, project):
    shape = Shape(localized(place, "name"), url, organisations, links, _path(place.boundary, project))
    if place.latitude is not None and place.longitude is not None:
        shape.x, shape.y = project(place.longitude, place.latitude)
        shape.has_point = True
    if shape.path or place.latitude is not None:
        return shape
    return None


@dataclass
class CooperationMap:
    panels: list
    links: list
    width: int = 2 * WIDTH + GAP
    height: int = HEIGHT


def cooperation_map(*, params):
    """The two panels and the links for the organisations matching ``params`` (directory search
    parameters)."""
    organisations = matching_rows(queryset=Organisation.objects.filter(status=OrganisationStatus.PUBLISHED),
                                  params=params, facets=DIRECTORY_FACETS)
    by_prefecture = dict(organisations.filter(prefecture__isnull=False).values_list("prefecture_id")
                         .annotate(n=Count("pk")).order_by())
    by_region = dict(organisations.filter(region__isnull=False).values_list("region_id")
                     .annotate(n=Count("pk")).order_by())
    links = CooperationLink.objects.filter(Q(jp_prefecture_id__in=by_prefecture) | Q(eu_region_id__in=by_region))
    jp_links = dict(links.filter(jp_prefecture_id__in=by_prefecture).values_list("jp_prefecture_id")
                    .annotate(n=Count("pk")).order_by())
    eu_links = dict(links.filter(eu_region_id__in=by_region).values_list("eu_region_id")
                    .annotate(n=Count("pk")).order_by())
    japan, europe = Panel("japan", offset=WIDTH + GAP), Panel("europe")
    project = _projector(FRAMES["japan"])
    for prefecture in Prefecture.objects.filter(pk__in=by_prefecture).order_by("jis_code"):
        shape = _shape(prefecture, by_prefecture[prefecture.pk], jp_links.get(prefecture.pk, 0),
                       reverse("geo:prefecture", kwargs={"code": prefecture.code}), project)
        japan.shapes += [shape] if shape else []
    project = _projector(FRAMES["europe"])
    for region in Region.objects.filter(pk__in=by_region).order_by("code"):
        shape = _shape(region, by_region[region.pk], eu_links.get(region.pk, 0),
                       reverse("geo:region", kwargs={"code": region.code}), project)
        europe.shapes += [shape] if shape else []
    lines = link_lines(region_ids=list(by_region), prefecture_ids=list(by_prefecture),
                       organisation_ids=organisations.values("pk"), europe=_projector(FRAMES["europe"]),
                       japan=_projector(FRAMES["japan"]), japan_offset=japan.offset)
    return CooperationMap([europe, japan], lines)
