"""Importing NUTS regions (levels 0-3) from one or more Eurostat/GISCO files, in one transaction.

Files complete each other: the code list or centroids CSV gives names and points, the GeoJSON
gives boundaries. Re-importing updates in place. NUTS regions replace the ISO 3166-2 fallback
regions of the same countries: each fallback region is matched to the NUTS region of the same
name when there is one, and :data:`ejrc.geo.signals.regions_changed` tells the apps above what
replaces what (and which regions were renamed), so that they move and re-index their rows.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from django.db import transaction

from ejrc.geo.models import Country, Region
from ejrc.geo.signals import regions_changed

from .geometry import representative_point
from .nuts_files import NutsFileError, NutsUnit, read_nuts_file
from .reference import japanese_subdivision_name, load_countries

# NUTS uses EL for Greece and UK for the United Kingdom; ISO 3166-1 uses GR and GB.
NUTS_TO_ISO = {"EL": "GR", "UK": "GB"}
REGION_FIELDS = [
    "scheme", "version", "level", "country", "parent", "name_en", "name_native", "name_ja",
    "latitude", "longitude", "boundary",
]


@dataclass
class NutsImportSummary:
    files: list
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    per_level: dict = field(default_factory=dict)
    with_boundary: int = 0
    renamed: list = field(default_factory=list)
    fallback_removed: int = 0
    fallback_matched: int = 0
    notes: list = field(default_factory=list)

    def __str__(self):
        return "; ".join(self.lines())

    def lines(self):
        levels = ", ".join(f"level {k}: {v}" for k, v in sorted(self.per_level.items()))
        lines = [
            f"NUTS units read from {len(self.files)} file(s): {levels}",
            f"created {self.created}, updated {self.updated}, unchanged {self.unchanged}; "
            f"{self.with_boundary} with a boundary",
        ]
        if self.fallback_removed:
            lines.append(
                f"replaced {self.fallback_removed} ISO 3166-2 fallback regions, "
                f"{self.fallback_matched} of them by the NUTS region of the same name"
            )
        return lines + self.notes


def import_nuts_file(path, *, version=None):
    return import_nuts_files([path], version=version)


def import_nuts_files(paths, *, version=None):
    """Read every file, check it all, then write in one transaction. Raises NutsFileError."""
    units = {}
    for path in paths:
        for unit in read_nuts_file(path):
            if unit.code in units:
                units[unit.code].merge(unit)
            else:
                units[unit.code] = unit
    if not units:
        raise NutsFileError(f"{', '.join(map(str, paths))}: no NUTS units found")
    version = version or _version_from_names(paths)
    summary = NutsImportSummary(files=[str(p) for p in paths])
    with transaction.atomic():
        countries = _countries_for(units)
        _add_missing_countries(units, countries)
        _write(units, countries, version, summary)
        fallback = Region.objects.filter(
            scheme=Region.Scheme.ISO, country_id__in={countries[u.country_code].pk for u in units.values()}
        )
        replaced = _fallback_replacements(fallback)
        summary.fallback_removed = len(replaced)
        summary.fallback_matched = sum(new is not None for new in replaced.values())
        _announce(replaced, summary)
        fallback.delete()
    return summary


def _announce(replaced, summary):
    if not replaced and not summary.renamed:
        return
    responses = regions_changed.send(sender=Region, replaced=replaced, renamed=summary.renamed)
    summary.notes += [response for _, response in responses if isinstance(response, str)]


def _version_from_names(paths):
    match = re.search(r"nuts_?(\d{4})", " ".join(str(p) for p in paths), re.IGNORECASE)
    return match.group(1) if match else ""


def _countries_for(units):
    """NUTS country code → Country, loading the countries on a fresh database."""
    if not Country.objects.exists():
        load_countries()
    by_iso = {c.code: c for c in Country.objects.all()}
    countries = {}
    for unit in units.values():
        iso = NUTS_TO_ISO.get(unit.country_code, unit.country_code)
        if iso not in by_iso:
            raise NutsFileError(f"unknown country code {unit.country_code!r} (region {unit.code})")
        countries[unit.country_code] = by_iso[iso]
    return countries


def _add_missing_countries(units, countries):
    """Level 0 is the country itself: files that start at level 1 get it from the country list."""
    for code, country in countries.items():
        if code not in units:
            units[code] = NutsUnit(code=code, level=0, country_code=code, name_latin=country.name_en)


def _write(units, countries, version, summary):
    parent_codes = {u.parent_code for u in units.values() if u.parent_code}
    saved = {r.code: r for r in Region.objects.filter(code__in=set(units) | parent_codes)}
    for level in range(4):
        level_units = sorted((u for u in units.values() if u.level == level), key=lambda u: u.code)
        summary.per_level[level] = len(level_units)
        to_create, to_update = [], []
        for unit in level_units:
            parent = saved.get(unit.parent_code) if unit.parent_code else None
            if unit.parent_code and parent is None:
                raise NutsFileError(f"region {unit.code}: its parent {unit.parent_code} is missing")
            region = saved.get(unit.code) or Region(code=unit.code)
            before = _values(region) if region.pk else None
            _fill(region, unit, countries[unit.country_code], parent, version)
            if before is None:
                to_create.append(region)
            elif _values(region) != before:
                to_update.append(region)
                if _describing(_values(region)) != _describing(before):
                    summary.renamed.append(region.pk)
            else:
                summary.unchanged += 1
            summary.with_boundary += region.boundary is not None
        Region.objects.bulk_create(to_create, batch_size=500)
        Region.objects.bulk_update(to_update, REGION_FIELDS, batch_size=200)
        summary.created += len(to_create)
        summary.updated += len(to_update)
        saved.update({r.code: r for r in to_create})


DESCRIBING_FIELDS = ("parent", "name_en", "name_native", "name_ja")


def _describing(values):
    """What of a region's values other apps' texts repeat: its names and its parent."""
    return tuple(values[REGION_FIELDS.index(name)] for name in DESCRIBING_FIELDS)


def _values(region):
    return tuple(
        getattr(region, "country_id" if f == "country" else "parent_id" if f == "parent" else f)
        for f in REGION_FIELDS
    )


def _fill(region, unit, country, parent, version):
    """Copy what the files say; keep what they do not say (a boundary from an earlier import).

    Japanese names come from the country list (level 0) and from pycountry's Japanese names of
    ISO 3166-2 subdivisions when a NUTS name is also a subdivision's name (Bayern, Lazio…).
    """
    region.scheme, region.level, region.country, region.parent = (
        Region.Scheme.NUTS, unit.level, country, parent,
    )
    region.version = version or region.version
    region.name_native = unit.name_native or region.name_native
    region.name_en = unit.name_latin or region.name_en or unit.name_native
    if not region.name_ja:  # an existing (perhaps hand-edited) Japanese name is kept
        region.name_ja = country.name_ja if unit.level == 0 else japanese_subdivision_name(
            region.name_en, region.name_native
        )
    region.boundary = unit.boundary or region.boundary
    if unit.latitude is not None:
        region.latitude, region.longitude = unit.latitude, unit.longitude
    elif region.latitude is None and region.boundary:
        region.latitude, region.longitude = representative_point(region.boundary)


def _fallback_replacements(fallback):
    """{fallback region id: id of the NUTS region of the same name (same country), or None}."""
    by_name = {}
    nuts = Region.objects.filter(
        scheme=Region.Scheme.NUTS, country_id__in=fallback.values("country_id"), level__gt=0
    )
    for region in nuts.order_by("-level").only("pk", "country_id", "name_en", "name_native"):
        for name in filter(None, (region.name_en, region.name_native)):
            by_name[(region.country_id, normalised(name))] = region.pk  # least detailed wins
    replaced = {}
    for old in fallback.only("pk", "country_id", "name_en", "name_native"):
        replaced[old.pk] = by_name.get((old.country_id, normalised(old.name_en))) or by_name.get(
            (old.country_id, normalised(old.name_native))
        )
    return replaced


def normalised(name):
    """A name without accents, case, spaces or punctuation, for matching names across lists."""
    decomposed = unicodedata.normalize("NFKD", name or "")
    return "".join(ch for ch in decomposed.casefold() if ch.isalnum())
