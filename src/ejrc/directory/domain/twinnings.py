"""Importing twin-town pairs (Wikipedia lists) as cooperation links of kind *twinning*.

Rows are placed as well as the data allows: the prefecture by its ISO code, the European
country by name, corrected by the NUTS code when both are given (the NUTS code is the more
reliable), the region at NUTS 3 if imported, else NUTS 2. What cannot be placed is reported,
never fatal; a row that cannot be stored at all (unknown country) is reported and skipped.
Only a malformed file (missing columns) stops the import, before anything is written.

Rows that are one pair under two names (:mod:`.twinning_pairs`) are merged into the first: it
takes what it lacks from the others (a municipality code, a Japanese name, a region), and a
twinning an earlier import stored under a merged row's names is folded into it. The report
says which rows were merged into which, and why.
"""

import csv
from dataclasses import dataclass, field
from pathlib import Path

import pycountry
from django.db import transaction

from ejrc.directory.models import CooperationLink
from ejrc.geo.models import Country, Prefecture, Region

from .twinning_pairs import same_pair, sides

SOURCE = "Wikipedia (CC BY-SA 4.0)"
REQUIRED_COLUMNS = ("jp_city", "eu_city", "eu_country")
NUTS_TO_ISO = {"EL": "GR", "UK": "GB"}
COUNTRY_ALIASES = {
    "england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB",
    "great britain": "GB", "russia": "RU", "turkey": "TR", "czech republic": "CZ",
    "kosovo": "XK", "holland": "NL", "moldova": "MD",
}
PROBLEMS = {
    "not_stored": "not stored",
    "duplicate": "same pair as an earlier row (merged into it)",
    "country_corrected": "country label contradicts the NUTS code (the NUTS code's country is used)",
    "no_prefecture": "no prefecture for the Japanese city (mis-geocoded in the source)",
    "unknown_prefecture": "unknown prefecture code",
    "no_region": "no NUTS code: the European city is not placed in a region",
    "region_not_imported": "NUTS region not imported: the European city is not placed in a region",
    "no_municipality_code": "no unique municipality code for the Japanese city",
}
FILLED_FROM_MERGED_ROWS = ("jp_place_ja", "jp_municipality_code", "jp_prefecture", "eu_region")
KEPT_ON_FOLDED_LINKS = ("eu_organisation", "jp_organisation", "since", "description")
LIMITS = {"eu_place": 150, "jp_place": 150, "jp_place_ja": 150, "jp_municipality_code": 6}


class TwinningFileError(ValueError):
    pass


@dataclass
class TwinningProblem:
    line: int
    pair: str
    kind: str
    detail: str = ""

    def __str__(self):
        detail = f" ({self.detail})" if self.detail else ""
        return f"line {self.line}: {self.pair}{detail}"


@dataclass
class TwinningReport:
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    folded: int = 0
    problems: list = field(default_factory=list)

    @property
    def stored(self):
        return self.created + self.updated + self.unchanged

    def problems_of(self, kind):
        return [p for p in self.problems if p.kind == kind]

    def __str__(self):
        return "; ".join(self.lines()[:1] + [f"{len(self.problems)} row problems reported"])

    def lines(self):
        lines = [
            f"{self.rows} rows read; {self.stored} twinnings stored (created {self.created}, "
            f"updated {self.updated}, unchanged {self.unchanged})"
        ]
        if self.folded:
            lines.append(f"twinnings stored earlier under a merged row's names, folded into it: {self.folded}")
        for kind, label in PROBLEMS.items():
            found = self.problems_of(kind)
            if found:
                lines.append(f"{label}: {len(found)}")
                lines += [f"  {problem}" for problem in found]
        return lines


def import_twinnings(path):
    """Load a twin-cities CSV into CooperationLink(kind=twinning); returns a TwinningReport."""
    rows = _read(Path(path))
    places = _Places()
    report = TwinningReport(rows=len(rows))
    kept = []
    for line, row in rows:
        pair = f"{row['jp_city'].strip()} – {row['eu_city'].strip()}"
        values, problems = places.link_values(row)
        report.problems += [TwinningProblem(line, pair, kind, detail) for kind, detail in problems]
        if values is None:
            continue
        this = _Row(line, pair, values, sides(row, values))
        first, why = _first_same_pair(kept, this)
        if first is None:
            kept.append(this)
            continue
        first.absorb(this)
        report.problems.append(
            TwinningProblem(line, pair, "duplicate", f"merged into line {first.line}, {first.pair}: {why}")
        )
    with transaction.atomic():
        for row in kept:
            link = _save(row.values, report)
            for merged in row.merged:
                report.folded += _fold_earlier_link(merged.values, into=link)
    return report


@dataclass
class _Row:
    line: int
    pair: str
    values: dict
    sides: tuple
    merged: list = field(default_factory=list)

    @property
    def key(self):
        return (self.values["eu_place"], self.values["eu_country"].pk, self.values["jp_place"])

    def absorb(self, other):
        """Take what this row lacks from ``other``, a row of the same pair."""
        for name in FILLED_FROM_MERGED_ROWS:
            if not self.values[name] and other.values[name]:
                self.values[name] = other.values[name]
        self.merged.append(other)


def _first_same_pair(kept, row):
    """(the first kept row that is the same pair as ``row``, why), or (None, "")."""
    for earlier in kept:
        if earlier.key == row.key:
            return earlier, "same names"
        why = same_pair(earlier.sides, row.sides)
        if why:
            return earlier, why
    return None, ""


def _read(path):
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            columns = [c.strip() for c in reader.fieldnames or []]
            missing = [c for c in REQUIRED_COLUMNS if c not in columns]
            if missing:
                raise TwinningFileError(
                    f"{path}, line 1: missing column(s) {', '.join(missing)} (expected a ','-separated "
                    f"file with {', '.join(REQUIRED_COLUMNS)}, …)"
                )
            reader.fieldnames = columns
            rows = []
            for row in reader:
                if None in row:
                    raise TwinningFileError(f"{path}, line {reader.line_num}: too many fields")
                rows.append((reader.line_num, {k: (v or "").strip() for k, v in row.items()}))
            return rows
    except FileNotFoundError:
        raise TwinningFileError(f"{path}: file not found") from None
    except UnicodeDecodeError as error:
        raise TwinningFileError(f"{path}: not UTF-8 text (byte {error.start})") from None


class _Places:
    """Countries, prefectures and NUTS regions, looked up once for the whole file."""

    def __init__(self):
        self.countries = {c.code: c for c in Country.objects.all()}
        self.prefectures = {p.code: p for p in Prefecture.objects.all()}
        self.regions = {
            r.code: r for r in Region.objects.filter(scheme=Region.Scheme.NUTS, level__in=(2, 3))
        }

    def link_values(self, row):
        """(field values or None when the row cannot be stored, [(problem kind, detail)])."""
        problems = []
        if not row["jp_city"] or not row["eu_city"]:
            return None, [("not_stored", "a city name is missing")]
        too_long = [name for name, limit in LIMITS.items() if len(self._raw(row, name)) > limit]
        if too_long:
            return None, [("not_stored", f"too long: {', '.join(too_long)}")]
        country = self.country_named(row["eu_country"])
        nuts_code = row.get("nuts3_2024") or row.get("nuts2_2024") or ""
        nuts_country = self.countries.get(NUTS_TO_ISO.get(nuts_code[:2], nuts_code[:2]))
        if nuts_country and nuts_country != country:
            problems.append(("country_corrected", f"{row['eu_country']} → {nuts_country.name_en}"))
            country = nuts_country
        if country is None:
            return None, [("not_stored", f"unknown country {row['eu_country']!r}")]
        prefecture = self.prefectures.get(row.get("jp_iso3166_2", ""))
        if not row.get("jp_iso3166_2"):
            problems.append(("no_prefecture", ""))
        elif prefecture is None:
            problems.append(("unknown_prefecture", row["jp_iso3166_2"]))
        region = self.regions.get(row.get("nuts3_2024", "")) or self.regions.get(row.get("nuts2_2024", ""))
        if not nuts_code:
            problems.append(("no_region", country.name_en))
        elif region is None:
            problems.append(("region_not_imported", nuts_code))
        if not row.get("jp_municipality_code"):
            problems.append(("no_municipality_code", ""))
        values = {
            "eu_place": row["eu_city"], "eu_country": country, "eu_region": region,
            "jp_place": row["jp_city"], "jp_place_ja": row.get("jp_city_ja", ""),
            "jp_municipality_code": row.get("jp_municipality_code", ""), "jp_prefecture": prefecture,
        }
        return values, problems

    @staticmethod
    def _raw(row, name):
        column = {"eu_place": "eu_city", "jp_place": "jp_city", "jp_place_ja": "jp_city_ja"}
        return row.get(column.get(name, name), "")

    def country_named(self, name):
        for candidate in [name, *reversed([part.strip() for part in name.split(",")])]:
            code = COUNTRY_ALIASES.get(candidate.casefold())
            if code is None:
                try:
                    code = pycountry.countries.lookup(candidate).alpha_2
                except LookupError:
                    continue
            if code in self.countries:
                return self.countries[code]
        return None


def _save(values, report):
    link = CooperationLink.objects.filter(
        kind=CooperationLink.Kind.TWINNING, eu_place=values["eu_place"],
        eu_country=values["eu_country"], jp_place=values["jp_place"],
    ).first()
    values = {**values, "source": SOURCE}
    if link is None:
        report.created += 1
        return CooperationLink.objects.create(kind=CooperationLink.Kind.TWINNING, **values)
    changed = [name for name, value in values.items() if getattr(link, name) != value]
    if changed:
        for name in changed:
            setattr(link, name, values[name])
        link.save(update_fields=[*changed, "updated"])
        report.updated += 1
    else:
        report.unchanged += 1
    return link


def _fold_earlier_link(values, *, into):
    """Delete the twinning stored under a merged row's names, keeping on ``into`` what people
    added to it (organisations, year, description) where ``into`` has none. Returns 0 or 1."""
    earlier = CooperationLink.objects.filter(
        kind=CooperationLink.Kind.TWINNING, eu_place=values["eu_place"],
        eu_country=values["eu_country"], jp_place=values["jp_place"],
    ).exclude(pk=into.pk).first()
    if earlier is None:
        return 0
    kept = [name for name in KEPT_ON_FOLDED_LINKS if not getattr(into, name) and getattr(earlier, name)]
    for name in kept:
        setattr(into, name, getattr(earlier, name))
    earlier.delete()
    if kept:
        into.save(update_fields=[*kept, "updated"])
    return 1
