import json

import pytest
from django.core.management import CommandError, call_command

from ejrc.geo.domain.shapes import import_prefecture_shapes
from ejrc.geo.models import Prefecture
from geo.factories import square


def test_all_47_prefectures_get_a_light_boundary(prefecture_shapes):
    assert len(prefecture_shapes.updated) == 47
    assert prefecture_shapes.unmatched_features == []
    assert prefecture_shapes.prefectures_without_shape == []
    boundaries = list(Prefecture.objects.values_list("boundary", flat=True))
    assert all(b["type"] in ("Polygon", "MultiPolygon") for b in boundaries)
    assert max(len(json.dumps(b)) for b in boundaries) < 9000
    gifu = Prefecture.objects.get(code="JP-21").boundary
    assert gifu["type"] == "Polygon"
    lons = [p[0] for ring in gifu["coordinates"] for p in ring]
    assert 136.2 < min(lons) < max(lons) < 137.7


def collection(*features):
    return json.dumps({"type": "FeatureCollection", "features": list(features)})


def feature(name, geometry):
    return {"type": "Feature", "properties": {"N03_001": name}, "geometry": geometry}


def test_unmatched_features_are_reported_and_short_names_match(prefectures, tmp_path, capsys):
    path = tmp_path / "shapes.geojson"
    path.write_text(collection(
        feature("岐阜県", square(136.5, 35.5, 0.5)),
        feature("岐阜", square(137.0, 35.5, 0.2)),  # the same prefecture, without 県: joined
        feature("アトランティス", square(0, 0)),
    ), encoding="utf-8")
    call_command("import_prefecture_shapes", str(path))
    out = capsys.readouterr().out
    assert "アトランティス (feature 3)" in out
    assert "JP-13" in out  # without a boundary
    gifu = Prefecture.objects.get(code="JP-21").boundary
    assert gifu["type"] == "MultiPolygon" and len(gifu["coordinates"]) == 2


@pytest.mark.parametrize(("content", "message"), [
    ('{"type": "FeatureCollection", "features": [', "not valid JSON"),
    ('{"type": "FeatureCollection", "features": []}', "with features"),
    (collection({"type": "Feature", "properties": {}, "geometry": square(0, 0)}), "feature 1: no N03_001"),
    (collection(feature("岐阜県", {"type": "Polygon", "coordinates": [[[0, 0], [1, 1]]]})),
     "feature 1 (岐阜県): a ring has fewer than 4 positions"),
    (collection(feature("岐阜県", {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], ["a", 1], [0, 0]]]})),
     "invalid position"),
])
def test_malformed_shapes_are_refused(prefectures, tmp_path, content, message):
    path = tmp_path / "bad.geojson"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CommandError, match="Nothing was imported") as error:
        call_command("import_prefecture_shapes", str(path))
    assert message in str(error.value)
    assert not Prefecture.objects.exclude(boundary=None).exists()


def test_prefectures_are_loaded_when_missing(db, tmp_path):
    path = tmp_path / "one.geojson"
    path.write_text(collection(feature("北海道", square(141, 43))), encoding="utf-8")
    summary = import_prefecture_shapes(path)
    assert summary.updated == ["JP-01"]
    assert Prefecture.objects.count() == 47
