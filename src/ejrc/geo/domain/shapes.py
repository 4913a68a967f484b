"""Prefecture boundaries from an MLIT-derived GeoJSON (National Land Numerical Information N03).

Features are matched to prefectures by their kanji name (property ``N03_001``, e.g. 岐阜県);
several features of one prefecture (islands, municipalities) are joined into one MultiPolygon.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from ejrc.geo.models import Prefecture

from .geometry import GeometryError, polygons_of, simplify_geometry
from .reference import load_prefectures

NAME_PROPERTY = "N03_001"
MAX_BYTES = 8000


class PrefectureShapeError(ValueError):
    pass


@dataclass
class ShapeImportSummary:
    path: str
    features: int = 0
    updated: list = field(default_factory=list)
    unmatched_features: list = field(default_factory=list)
    prefectures_without_shape: list = field(default_factory=list)

    def __str__(self):
        return "; ".join(self.lines())

    def lines(self):
        lines = [f"{self.features} features read; {len(self.updated)} prefecture boundaries stored"]
        if self.unmatched_features:
            lines.append("features matching no prefecture: " + ", ".join(self.unmatched_features))
        if self.prefectures_without_shape:
            lines.append("prefectures without a boundary: " + ", ".join(self.prefectures_without_shape))
        return lines


def import_prefecture_shapes(path):
    """Read, check and simplify every feature, then store the boundaries in one transaction."""
    path = Path(path)
    features = _features(path)
    if not Prefecture.objects.exists():
        load_prefectures()
    prefectures = {p.name_ja: p for p in Prefecture.objects.all()}
    short_names = {_short(name): p for name, p in prefectures.items()}
    summary = ShapeImportSummary(path=str(path), features=len(features))
    polygons_by_prefecture = {}
    for number, feature in enumerate(features, start=1):
        properties = feature.get("properties") if isinstance(feature, dict) else None
        name = str((properties or {}).get(NAME_PROPERTY) or "").strip()
        if not name:
            raise PrefectureShapeError(f"{path}, feature {number}: no {NAME_PROPERTY} (prefecture name)")
        try:
            polygons = polygons_of(feature.get("geometry"))
        except GeometryError as error:
            raise PrefectureShapeError(f"{path}, feature {number} ({name}): {error}") from None
        prefecture = prefectures.get(name) or short_names.get(_short(name))
        if prefecture is None:
            summary.unmatched_features.append(f"{name} (feature {number})")
            continue
        polygons_by_prefecture.setdefault(prefecture.pk, (prefecture, []))[1].extend(polygons)
    with transaction.atomic():
        for prefecture, polygons in polygons_by_prefecture.values():
            prefecture.boundary = simplify_geometry(
                {"type": "MultiPolygon", "coordinates": polygons}, max_bytes=MAX_BYTES
            )
            prefecture.save(update_fields=["boundary"])
            summary.updated.append(prefecture.code)
    summary.prefectures_without_shape = [
        p.code for p in Prefecture.objects.filter(boundary__isnull=True).order_by("jis_code")
    ]
    return summary


def _features(path):
    try:
        collection = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise PrefectureShapeError(f"{path}: file not found") from None
    except UnicodeDecodeError as error:
        raise PrefectureShapeError(f"{path}: not UTF-8 text (byte {error.start})") from None
    except json.JSONDecodeError as error:
        raise PrefectureShapeError(
            f"{path}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    features = collection.get("features") if isinstance(collection, dict) else None
    if not isinstance(features, list) or not features:
        raise PrefectureShapeError(f"{path}: not a GeoJSON FeatureCollection with features")
    return features


def _short(name):
    """岐阜県 → 岐阜; 北海道 stays whole (道 is part of its name)."""
    return name[:-1] if name.endswith(("都", "府", "県")) else name
