import json
import math

import pytest

from ejrc.geo.domain.geometry import (
    GeometryError,
    douglas_peucker,
    representative_point,
    simplify_geometry,
)


def circle(lon, lat, radius, points=2000):
    ring = [
        [lon + radius * math.cos(2 * math.pi * i / points), lat + radius * math.sin(2 * math.pi * i / points)]
        for i in range(points)
    ]
    return ring + [ring[0]]


def test_douglas_peucker_drops_points_on_a_straight_line():
    line = [(0, 0), (1, 0.0001), (2, 0), (3, 5), (4, 0)]
    assert douglas_peucker(line, 0.01) == [(0, 0), (2, 0), (3, 5), (4, 0)]


def test_simplification_meets_the_byte_budget_and_keeps_the_shape():
    geometry = {"type": "Polygon", "coordinates": [circle(10, 45, 1)]}
    assert len(json.dumps(geometry)) > 50_000
    simplified = simplify_geometry(geometry, max_bytes=2000)
    assert len(json.dumps(simplified, separators=(",", ":"))) <= 2000
    ring = simplified["coordinates"][0]
    assert ring[0] == ring[-1] and len(ring) >= 8
    assert all(math.dist(p, (10, 45)) == pytest.approx(1, abs=0.05) for p in ring)


def test_tiny_islands_disappear_but_the_main_land_stays():
    geometry = {"type": "MultiPolygon", "coordinates": [
        [circle(10, 45, 1)], [circle(12, 45, 0.0005, points=8)],
    ]}
    simplified = simplify_geometry(geometry, max_bytes=3000)
    assert simplified["type"] == "Polygon"
    assert representative_point(simplified) == pytest.approx((45, 10), abs=0.01)


@pytest.mark.parametrize("geometry", [
    None,
    {"type": "LineString", "coordinates": [[0, 0], [1, 1]]},
    {"type": "Polygon", "coordinates": []},
    {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [0, 0]]]},
    {"type": "Polygon", "coordinates": [[[0, 0], [200, 0], [1, 1], [0, 0]]]},
])
def test_invalid_geometries_are_refused(geometry):
    with pytest.raises(GeometryError):
        simplify_geometry(geometry)
