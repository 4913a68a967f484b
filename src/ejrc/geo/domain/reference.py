"""Reference geography that needs no downloaded data: countries, prefectures, ISO subdivisions.

Countries and subdivisions come from ``pycountry`` (with its Japanese catalogue); the 47
prefectures from the project's own list in ``geo/data/prefectures.csv``. Every loader is
idempotent and returns counts, so ``load-reference-data`` can run on each deployment.
"""

import csv
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


def _japanese(domain):
    """pycountry's Japanese gettext catalogue for ``domain`` (``iso3166-1``, ``iso3166-2``)."""
    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=["ja"], fallback=True)


def _translated(catalogue, name):
    translated = catalogue.gettext(name)
    return translated if translated != name else ""


def load_countries():
    """Create or update every ISO 3166-1 country (and Kosovo); returns created/updated counts."""
    ja = _japanese("iso3166-1")
    rows = [
        (c.alpha_2, c.alpha_3, getattr(c, "common_name", c.name), _translated(ja, c.name))
        for c in pycountry.countries
    ] + EXTRA_COUNTRIES
    counts = {"created": 0, "updated": 0}
    with transaction.atomic():
        for code, code3, name_en, name_ja in rows:
            _, created = Country.objects.update_or_create(
                code=code,
                defaults={
                    "code3": code3, "name_en": name_en, "name_ja": name_ja,
                    "group": country_group(code),
                },
            )
            counts["created" if created else "updated"] += 1
    return counts


def read_prefecture_rows(path=PREFECTURES_CSV):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def load_prefectures():
    """Create or update the 47 prefectures from the project's list; returns counts."""
    counts = {"created": 0, "updated": 0}
    with transaction.atomic():
        for row in read_prefecture_rows():
            _, created = Prefecture.objects.update_or_create(
                code=row["iso_code"],
                defaults={
                    "jis_code": row["jis_code"], "area": row["area"],
                    "name_en": row["name_en"], "name_ja": row["name_ja"],
                    "name_kana": row["name_kana"], "capital_en": row["capital_en"],
                    "capital_ja": row["capital_ja"], "latitude": float(row["office_lat"]),
                    "longitude": float(row["office_lon"]),
                },
            )
            counts["created" if created else "updated"] += 1
    return counts


def load_fallback_regions():
    """ISO 3166-2 subdivisions of EU and EEA/EFTA countries, used until NUTS data is imported.

    Does nothing (and says so) when NUTS regions exist. Countries must be loaded first.
    """
    if Region.objects.filter(scheme=Region.Scheme.NUTS).exists():
        return {"created": 0, "updated": 0, "skipped": "NUTS regions present"}
    ja = _japanese("iso3166-2")
    countries = {c.code: c for c in Country.objects.filter(code__in=EU_27 | EEA_EFTA)}
    counts = {"created": 0, "updated": 0}
    with transaction.atomic():
        for code, country in sorted(countries.items()):
            subdivisions = {s.code: s for s in pycountry.subdivisions.get(country_code=code) or []}
            saved = {}
            for sub in sorted(subdivisions.values(), key=lambda s: _depth(s, subdivisions)):
                region, created = Region.objects.update_or_create(
                    code=sub.code,
                    defaults={
                        "scheme": Region.Scheme.ISO, "version": "",
                        "level": _depth(sub, subdivisions), "country": country,
                        "parent": saved.get(sub.parent_code), "name_en": sub.name,
                        "name_native": sub.name, "name_ja": _translated(ja, sub.name),
                    },
                )
                saved[sub.code] = region
                counts["created" if created else "updated"] += 1
    return counts


def _depth(subdivision, subdivisions):
    """1 for a top-level subdivision, 2 for its children, and so on."""
    depth, parent = 1, subdivision.parent_code
    while parent in subdivisions:
        depth, parent = depth + 1, subdivisions[parent].parent_code
    return depth
