"""Small geometry helpers for GeoJSON (Multi)Polygons: validation, simplification, a point.

Boundaries are only drawn as small maps, so they are simplified (Douglas-Peucker) until
their JSON fits a byte budget; a few kilobytes per place keep pages light.
"""

import json
import math

DEFAULT_MAX_BYTES = 6000
DECIMALS = 3


class GeometryError(ValueError):
    pass


def polygons_of(geometry):
    """The polygons (lists of rings) of a Polygon or MultiPolygon, validated."""
    if not isinstance(geometry, dict):
        raise GeometryError("geometry is missing")
    kind, coordinates = geometry.get("type"), geometry.get("coordinates")
    if kind == "Polygon":
        polygons = [coordinates]
    elif kind == "MultiPolygon":
        polygons = coordinates
    else:
        raise GeometryError(f"geometry type {kind!r} is not Polygon or MultiPolygon")
    if not isinstance(polygons, list) or not polygons:
        raise GeometryError("geometry has no coordinates")
    for polygon in polygons:
        if not isinstance(polygon, list) or not polygon:
            raise GeometryError("a polygon has no rings")
        for ring in polygon:
            _check_ring(ring)
    return polygons


def _check_ring(ring):
    if not isinstance(ring, list) or len(ring) < 4:
        raise GeometryError("a ring has fewer than 4 positions")
    for position in ring:
        if (
            not isinstance(position, list | tuple) or len(position) < 2
            or not all(isinstance(v, int | float) and math.isfinite(v) for v in position[:2])
        ):
            raise GeometryError(f"invalid position {position!r}")
        lon, lat = position[0], position[1]
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            raise GeometryError(f"position {position!r} is outside longitude/latitude range")


def _segment_distance(point, start, end):
    (x, y), (x1, y1), (x2, y2) = point, start, end
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return math.hypot(x - x1, y - y1)
    t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - (x1 + t * dx), y - (y1 + t * dy))


def douglas_peucker(points, tolerance):
    """The points of a line kept by Douglas-Peucker at ``tolerance`` (iterative, no recursion)."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        farthest, distance = None, tolerance
        for index in range(first + 1, last):
            d = _segment_distance(points[index], points[first], points[last])
            if d > distance:
                farthest, distance = index, d
        if farthest is not None:
            keep[farthest] = True
            stack += [(first, farthest), (farthest, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def _simplify_ring(ring, tolerance):
    """A closed ring simplified, split at its farthest point so both halves keep their shape."""
    points = [(round(p[0], DECIMALS), round(p[1], DECIMALS)) for p in ring]
    far = max(range(len(points)), key=lambda i: math.dist(points[0], points[i]))
    half_one = douglas_peucker(points[: far + 1], tolerance)
    half_two = douglas_peucker(points[far:], tolerance)
    simplified = half_one + half_two[1:]
    deduplicated = [p for i, p in enumerate(simplified) if i == 0 or p != simplified[i - 1]]
    return [list(p) for p in deduplicated] if len(deduplicated) >= 4 else None


def ring_area(ring):
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1, *_), (x2, y2, *_) in zip(ring, ring[1:]))) / 2


def _simplify_polygons(polygons, tolerance):
    result = []
    for polygon in polygons:
        outer = _simplify_ring(polygon[0], tolerance)
        if outer is None:
            continue
        holes = [h for h in (_simplify_ring(r, tolerance) for r in polygon[1:]) if h]
        result.append([outer, *holes])
    return result


def _as_geometry(polygons):
    if len(polygons) == 1:
        return {"type": "Polygon", "coordinates": polygons[0]}
    return {"type": "MultiPolygon", "coordinates": polygons}


def simplify_geometry(geometry, max_bytes=DEFAULT_MAX_BYTES):
    """A lighter copy of a (Multi)Polygon whose JSON fits in about ``max_bytes``.

    The tolerance grows until the budget is met; rings that collapse disappear, but the
    largest polygon is always kept.
    """
    polygons = polygons_of(geometry)
    largest = max(polygons, key=lambda p: ring_area(p[0]))
    tolerance = 0.001
    while True:
        simplified = _simplify_polygons(polygons, tolerance) or [[_triangle_ish(largest[0])]]
        result = _as_geometry(simplified)
        if len(json.dumps(result, separators=(",", ":"))) <= max_bytes or tolerance > 5:
            return result
        tolerance *= 1.7


def _triangle_ish(ring):
    """The fewest points that still outline a ring (for a tiny place at a coarse tolerance)."""
    step = max(1, len(ring) // 4)
    points = [list(p[:2]) for p in ring[:-1:step]][:4]
    return points + [points[0]]


def representative_point(geometry):
    """(lat, lon): the centroid of the largest outer ring; good enough to place a marker."""
    ring = max((p[0] for p in polygons_of(geometry)), key=ring_area)
    twice_area = cx = cy = 0.0
    for (x1, y1, *_), (x2, y2, *_) in zip(ring, ring[1:]):
        cross = x1 * y2 - x2 * y1
        twice_area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if twice_area == 0:
        return round(ring[0][1], 4), round(ring[0][0], 4)
    return round(cy / (3 * twice_area), 4), round(cx / (3 * twice_area), 4)
