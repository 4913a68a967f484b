"""Reference geography that needs no downloaded data: countries, prefectures, ISO subdivisions.

Countries and subdivisions come from ``pycountry`` (with its Japanese catalogue); the 47
prefectures from the project's own list in ``geo/data/prefectures.csv``. Every loader is
idempotent and returns counts, so ``load-reference-data`` can run on each deployment.
"""

import csv
import functools
import gettext
from pathlib import Path

import pycountry
from django.db import transaction

from ejrc.geo.models import Country, CountryGroup, Prefecture, Region

PREFECTURES_CSV = Path(__file__).resolve().parent.parent / "data" / "prefectures.csv"

EU_27 = set(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()
)
EEA_EFTA = {"IS", "LI", "NO", "CH"}
# ASEAN 10 and Timor-Leste.
SOUTH_EAST_ASIA = set("BN KH ID LA MM MY PH SG TH VN TL".split())
# Enlargement countries, Eastern Partnership, Southern Neighbourhood, and the United Kingdom.
EU_NEIGHBOURHOOD = set(
    "AL BA ME MK RS TR UA MD GE XK AM AZ BY DZ EG IL JO LB LY MA PS SY TN GB".split()
)
AFRICA = set(
    "AO BF BI BJ BW CD CF CG CI CM CV DJ EH ER ET GA GH GM GN GQ GW KE KM LR LS MG ML MR MU "
    "MW MZ NA NE NG RW SC SD SH SL SN SO SS ST SZ TD TG TZ UG ZA ZM ZW".split()
)
# South and Central America, Mexico and the Caribbean (territories included).
LATIN_AMERICA = set(
    "AR BO BR CL CO EC GY PY PE SR UY VE FK GF BZ CR SV GT HN MX NI PA AG BS BB CU DM DO GD "
    "HT JM KN LC VC TT AI AW BQ CW GP KY MF MQ MS PR BL SX TC VG VI".split()
)
# Kosovo has no ISO 3166-1 code; the EU and Eurostat (NUTS) use XK.
EXTRA_COUNTRIES = [("XK", "XKX", "Kosovo", "コソボ")]


def country_group(code):
    for members, group in (
        (EU_27, CountryGroup.EU),
        (EEA_EFTA, CountryGroup.EEA_EFTA),
        ({"JP"}, CountryGroup.JAPAN),
        (SOUTH_EAST_ASIA, CountryGroup.SOUTH_EAST_ASIA),
        (EU_NEIGHBOURHOOD, CountryGroup.EU_NEIGHBOURHOOD),
        (AFRICA, CountryGroup.AFRICA),
        (LATIN_AMERICA, CountryGroup.LATIN_AMERICA),
    ):
        if code in members:
            return group
    return CountryGroup.OTHER


@functools.cache
def _japanese(domain):
    """pycountry's Japanese gettext catalogue for ``domain`` (``iso3166-1``, ``iso3166-2``)."""
    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=["ja"], fallback=True)


def _translated(catalogue, name):
    translated = catalogue.gettext(name)
    return translated if translated != name else ""


def japanese_subdivision_name(*names):
    """The Japanese name pycountry knows for a subdivision called one of ``names``, or ""."""
    catalogue = _japanese("iso3166-2")
    return next((ja for ja in (_translated(catalogue, n) for n in names if n) if ja), "")


def load_countries():
    """Create or update every ISO 3166-1 country (and Kosovo); returns created/updated counts."""
    ja = _japanese("iso3166-1")
    rows = [
        (c.alpha_2, c.alpha_3, getattr(c, "common_name", c.name), _translated(ja, c.name))
        for c in pycountry.countries
    ] + EXTRA_COUNTRIES
    with transaction.atomic():
        return upsert(Country, "code", [
            {"code": code, "code3": code3, "name_en": name_en, "name_ja": name_ja,
             "group": country_group(code)}
            for code, code3, name_en, name_ja in rows
        ])


def read_prefecture_rows(path=PREFECTURES_CSV):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def load_prefectures():
    """Create or update the 47 prefectures from the project's list; returns counts."""
    with transaction.atomic():
        return upsert(Prefecture, "code", [
            {"code": row["iso_code"], "jis_code": row["jis_code"], "area": row["area"],
             "name_en": row["name_en"], "name_ja": row["name_ja"], "name_kana": row["name_kana"],
             "capital_en": row["capital_en"], "capital_ja": row["capital_ja"],
             "latitude": float(row["office_lat"]), "longitude": float(row["office_lon"])}
            for row in read_prefecture_rows()
        ])


def load_fallback_regions():
    """ISO 3166-2 subdivisions of EU and EEA/EFTA countries, used until NUTS data is imported.

    Does nothing (and says so) when NUTS regions exist. Countries must be loaded first.
    """
    if Region.objects.filter(scheme=Region.Scheme.NUTS).exists():
        return {"created": 0, "updated": 0, "unchanged": 0, "skipped": "NUTS regions present"}
    ja = _japanese("iso3166-2")
    countries = {c.code: c for c in Country.objects.filter(code__in=EU_27 | EEA_EFTA)}
    rows = []
    for code, country in sorted(countries.items()):
        subdivisions = {s.code: s for s in pycountry.subdivisions.get(country_code=code) or []}
        rows += [
            {"code": sub.code, "scheme": Region.Scheme.ISO, "version": "",
             "level": _depth(sub, subdivisions), "country_id": country.pk,
             "parent_code": sub.parent_code if sub.parent_code in subdivisions else None,
             "name_en": sub.name, "name_native": sub.name, "name_ja": _translated(ja, sub.name)}
            for sub in subdivisions.values()
        ]
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    ids = {}
    with transaction.atomic():
        for level in sorted({row["level"] for row in rows}):
            level_rows = [
                {**{k: v for k, v in row.items() if k != "parent_code"},
                 "parent_id": ids.get(row["parent_code"])}
                for row in rows if row["level"] == level
            ]
            for key, value in upsert(Region, "code", level_rows).items():
                counts[key] += value
            ids.update(Region.objects.filter(scheme=Region.Scheme.ISO, level=level).values_list("code", "pk"))
    return counts


def upsert(model, key, rows):
    """Create the rows whose ``key`` is new and update the others where a value differs.

    A few queries whatever the number of rows, where ``update_or_create`` would take two per row.
    """
    existing = model.objects.in_bulk([row[key] for row in rows], field_name=key)
    fields = sorted({name for row in rows for name in row} - {key})
    to_create, to_update = [], []
    for row in rows:
        obj = existing.get(row[key])
        if obj is None:
            to_create.append(model(**row))
        elif any(getattr(obj, name) != row[name] for name in fields):
            for name in fields:
                setattr(obj, name, row[name])
            to_update.append(obj)
    model.objects.bulk_create(to_create, batch_size=500)
    model.objects.bulk_update(to_update, fields, batch_size=500)
    return {
        "created": len(to_create), "updated": len(to_update),
        "unchanged": len(rows) - len(to_create) - len(to_update),
    }


def _depth(subdivision, subdivisions):
    """1 for a top-level subdivision, 2 for its children, and so on."""
    depth, parent = 1, subdivision.parent_code
    while parent in subdivisions:
        depth, parent = depth + 1, subdivisions[parent].parent_code
    return depth
