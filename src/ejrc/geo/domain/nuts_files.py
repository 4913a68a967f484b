"""Reading NUTS files: the Eurostat code list, the GISCO GeoJSON and the centroids CSV.

The format is recognised from the content, not the file name. Each reader returns
:class:`NutsUnit` records, checked row by row; a problem raises :class:`NutsFileError`
naming the file and the line or feature.
"""

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .geometry import GeometryError, polygons_of, simplify_geometry

NUTS_CODE = re.compile(r"^[A-Z]{2}[0-9A-Z]{0,3}$")
EUROSTAT_COLUMNS = ("country_code", "nuts_code", "nuts_label", "nuts_level")
CENTROID_COLUMNS = ("nuts_id", "level", "country_code", "name_latn", "name_native")
GEOJSON_PROPERTIES = ("NUTS_ID", "LEVL_CODE", "CNTR_CODE")
MAX_NAME_LENGTH = 200  # Region.name_en / name_native


class NutsFileError(ValueError):
    pass


@dataclass
class NutsUnit:
    """What one file says about one NUTS unit; empty fields mean "not said by this file"."""

    code: str
    level: int
    country_code: str  # the NUTS country code (EL for Greece)
    name_latin: str = ""
    name_native: str = ""
    latitude: float | None = None
    longitude: float | None = None
    boundary: dict | None = field(default=None, repr=False)

    @property
    def parent_code(self):
        return self.code[:-1] if self.level > 0 else None

    def merge(self, other):
        """Fill the fields ``other`` knows into this unit (later files complete earlier ones)."""
        for name in ("name_latin", "name_native", "latitude", "longitude", "boundary"):
            value = getattr(other, name)
            if value not in (None, ""):
                setattr(self, name, value)


def read_nuts_file(path):
    """The units in ``path``, whatever its recognised format."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise NutsFileError(f"{path}: file not found") from None
    except UnicodeDecodeError as error:
        raise NutsFileError(f"{path}: not UTF-8 text (byte {error.start})") from None
    if text.lstrip().startswith(("{", "[")):
        return _read_geojson(path, text)
    header = text.split("\n", 1)[0].strip().lower()
    if all(column in header for column in EUROSTAT_COLUMNS):
        if ";" not in header:
            raise NutsFileError(
                f"{path}, line 1: the Eurostat NUTS code list must be separated by ';'"
            )
        return _read_eurostat_csv(path, text)
    if all(column in header for column in CENTROID_COLUMNS):
        if "," not in header:
            raise NutsFileError(f"{path}, line 1: the NUTS centroids file must be separated by ','")
        return _read_centroids_csv(path, text)
    raise NutsFileError(
        f"{path}, line 1: unrecognised header {header[:80]!r}; expected the Eurostat code list "
        f"({';'.join(EUROSTAT_COLUMNS)};…), the NUTS centroids CSV "
        f"({','.join(CENTROID_COLUMNS)},…) or a GISCO NUTS GeoJSON"
    )


def _unit(where, code, level, country_code):
    code, country_code = (code or "").strip().upper(), (country_code or "").strip().upper()
    if not NUTS_CODE.match(code):
        raise NutsFileError(f"{where}: {code!r} is not a NUTS code")
    try:
        level = int(str(level).strip())
    except ValueError:
        raise NutsFileError(f"{where}: level {level!r} of {code} is not a number") from None
    if level not in (0, 1, 2, 3) or len(code) != 2 + level:
        raise NutsFileError(f"{where}: level {level} does not fit the code {code} (levels 0-3)")
    if not code.startswith(country_code) or len(country_code) != 2:
        raise NutsFileError(f"{where}: code {code} does not belong to country {country_code!r}")
    return NutsUnit(code=code, level=level, country_code=country_code)


def _named(where, unit, latin, native):
    for name in (latin, native):
        if len(name) > MAX_NAME_LENGTH:
            raise NutsFileError(f"{where}: the name of {unit.code} is longer than {MAX_NAME_LENGTH} characters")
    unit.name_latin, unit.name_native = latin, native
    return unit


def _rows(path, text, delimiter, required):
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    fields = [f.strip().lower() for f in reader.fieldnames or []]
    missing = [c for c in required if c not in fields]
    if missing:
        raise NutsFileError(f"{path}, line 1: missing column(s) {', '.join(missing)}")
    reader.fieldnames = fields
    for row in reader:
        if None in row or any(value is None for value in row.values()):
            raise NutsFileError(
                f"{path}, line {reader.line_num}: wrong number of fields (expected {len(fields)}, "
                f"separated by {delimiter!r})"
            )
        if any(value.strip() for value in row.values()):
            yield f"{path}, line {reader.line_num}", row


def _read_eurostat_csv(path, text):
    units = []
    for where, row in _rows(path, text, ";", EUROSTAT_COLUMNS):
        unit = _unit(where, row["nuts_code"], row["nuts_level"], row["country_code"])
        label = row["nuts_label"].strip()
        if not label:
            raise NutsFileError(f"{where}: {unit.code} has no label")
        units.append(_named(where, unit, label if is_latin(label) else "", label))
    return units


def _read_centroids_csv(path, text):
    units = []
    for where, row in _rows(path, text, ",", CENTROID_COLUMNS):
        unit = _unit(where, row["nuts_id"], row["level"], row["country_code"])
        _named(where, unit, row["name_latn"].strip(), row["name_native"].strip())
        if not unit.name_latin:
            raise NutsFileError(f"{where}: {unit.code} has no name")
        unit.latitude, unit.longitude = _point(where, row)
        units.append(unit)
    return units


def _point(where, row):
    """The representative point if given, else the centroid, else nothing."""
    for prefix in ("repr_point", "centroid"):
        lat, lon = row.get(f"{prefix}_lat", "").strip(), row.get(f"{prefix}_lon", "").strip()
        if lat and lon:
            try:
                lat, lon = float(lat), float(lon)
            except ValueError:
                raise NutsFileError(f"{where}: {prefix} ({lat}, {lon}) is not a number") from None
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise NutsFileError(f"{where}: {prefix} ({lat}, {lon}) is out of range")
            return lat, lon
    return None, None


def _read_geojson(path, text):
    try:
        collection = json.loads(text)
    except json.JSONDecodeError as error:
        raise NutsFileError(
            f"{path}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    features = collection.get("features") if isinstance(collection, dict) else None
    if not isinstance(features, list):
        raise NutsFileError(f"{path}: not a GeoJSON FeatureCollection")
    units = []
    for number, feature in enumerate(features, start=1):
        properties = feature.get("properties") if isinstance(feature, dict) else None
        if not isinstance(properties, dict):
            raise NutsFileError(f"{path}, feature {number}: no properties")
        where = f"{path}, feature {number} ({properties.get('NUTS_ID', '?')})"
        missing = [p for p in GEOJSON_PROPERTIES if properties.get(p) in (None, "")]
        if missing:
            raise NutsFileError(f"{where}: missing {', '.join(missing)}")
        unit = _unit(where, properties["NUTS_ID"], properties["LEVL_CODE"], properties["CNTR_CODE"])
        _named(where, unit, str(properties.get("NAME_LATN") or "").strip(),
               str(properties.get("NUTS_NAME") or "").strip())
        try:
            polygons_of(feature.get("geometry"))
            unit.boundary = simplify_geometry(feature["geometry"])
        except GeometryError as error:
            raise NutsFileError(f"{where}: {error}") from None
        units.append(unit)
    return units


def is_latin(text):
    """True when every letter of ``text`` is in the Latin script."""
    return all("LATIN" in unicodedata.name(ch, "") for ch in text if ch.isalpha())
