"""The lines of the cooperation map: existing links (twinnings, agreements) between a European
and a Japanese place, drawn from the Europe panel to the Japan panel of one SVG.

A link's European end is its region (or its organisation's region), its Japanese end its
prefecture (or its organisation's prefecture). A region without a point of its own is drawn
at its nearest parent that has one. Two queries, whatever the number of links.
"""

from dataclasses import dataclass

from django.db.models import Q
from django.urls import reverse

from ejrc.core.i18n import current_language, localized
from ejrc.directory.models import CooperationLink
from ejrc.geo.models import Region

MAX_LINES = 500
# The curve rises this far above the higher of its two ends.
LIFT = 60


@dataclass
class LinkLine:
    title: str
    url: str
    path: str
    ends: tuple  # (x1, y1, x2, y2), for the dots at both ends
    count: int
    kinds: list


def _links(*, region_ids, prefecture_ids, organisation_ids):
    """The ends of the links that touch the shown places or organisations."""
    touching = (Q(eu_region_id__in=region_ids) | Q(jp_prefecture_id__in=prefecture_ids)
                | Q(eu_organisation_id__in=organisation_ids) | Q(jp_organisation_id__in=organisation_ids))
    return list(CooperationLink.objects.filter(touching).order_by("pk").values(
        "kind", "eu_place", "jp_place", "jp_place_ja", "eu_region__code", "eu_organisation__region__code",
        "jp_prefecture__code", "jp_prefecture__name_en", "jp_prefecture__name_ja",
        "jp_prefecture__latitude", "jp_prefecture__longitude",
        "jp_organisation__prefecture__code", "jp_organisation__prefecture__name_en",
        "jp_organisation__prefecture__name_ja", "jp_organisation__prefecture__latitude",
        "jp_organisation__prefecture__longitude")[:MAX_LINES])


def _region_points(codes):
    """``{code: (name, longitude, latitude, code of the region drawn)}`` for each code, from the
    region itself or its nearest parent with a point (NUTS codes nest by prefix)."""
    prefixes = {code[:length] for code in codes for length in range(2, len(code) + 1)}
    regions = {r.code: r for r in Region.objects.filter(code__in=prefixes, latitude__isnull=False,
                                                        longitude__isnull=False)}
    found = {}
    for code in codes:
        for length in range(len(code), 1, -1):
            region = regions.get(code[:length])
            if region is not None:
                found[code] = (localized(region, "name"), region.longitude, region.latitude, region.code)
                break
    return found


def _japanese_end(row):
    for prefix in ("jp_prefecture__", "jp_organisation__prefecture__"):
        if row[prefix + "code"] and row[prefix + "latitude"] is not None and row[prefix + "longitude"] is not None:
            name = (current_language() == "ja" and row[prefix + "name_ja"]) or row[prefix + "name_en"]
            return row[prefix + "code"], name, row[prefix + "longitude"], row[prefix + "latitude"]
    return None


def link_lines(*, region_ids, prefecture_ids, organisation_ids, europe, japan, japan_offset):
    """One line per pair of places, from ``europe(lon, lat)`` to ``japan(lon, lat)`` shifted right
    by ``japan_offset``; its title names both places and how many links join them."""
    rows = _links(region_ids=region_ids, prefecture_ids=prefecture_ids, organisation_ids=organisation_ids)
    codes = {row["eu_region__code"] or row["eu_organisation__region__code"] for row in rows} - {None, ""}
    points = _region_points(codes)
    lines = {}
    for row in rows:
        european = points.get(row["eu_region__code"] or row["eu_organisation__region__code"] or "")
        japanese = _japanese_end(row)
        if european is None or japanese is None:
            continue
        key = (european[3], japanese[0])
        if key not in lines:
            x1, y1 = europe(european[1], european[2])
            x2, y2 = japan(japanese[2], japanese[3])
            x2 += japan_offset
            top = min(y1, y2) - LIFT
            path = f"M{x1:.1f} {y1:.1f} Q{(x1 + x2) / 2:.1f} {top:.1f} {x2:.1f} {y2:.1f}"
            lines[key] = LinkLine(f"{japanese[1]} – {european[0]}", reverse("geo:prefecture", kwargs={
                "code": japanese[0]}), path, (x1, y1, x2, y2), 0, [])
        line = lines[key]
        line.count += 1
        kind = str(CooperationLink.Kind(row["kind"]).label)
        if kind not in line.kinds:
            line.kinds.append(kind)
    return list(lines.values())
