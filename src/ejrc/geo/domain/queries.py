"""Reusable querysets about places: sub-regions, ancestors, prefectures by area, countries."""

from ejrc.geo.models import JAPANESE_AREAS, Country, CountryGroup, Prefecture, Region

MAX_REGION_DEPTH = 4  # NUTS 0 → 3; ISO 3166-2 hierarchies are shallower


def region_and_descendant_ids(region):
    """Ids of ``region`` and every region below it (one query per level, at most four)."""
    return regions_and_descendant_ids([region.pk])


def regions_and_descendant_ids(region_ids):
    """The ids given and those of every region below them (one query per level, at most four)."""
    ids, frontier = list(region_ids), list(region_ids)
    for _ in range(MAX_REGION_DEPTH):
        frontier = list(Region.objects.filter(parent_id__in=frontier).values_list("pk", flat=True))
        if not frontier:
            break
        ids += frontier
    return ids


def region_ancestors(region):
    """The regions above ``region``, from the top (the country) down; one query per level."""
    ancestors, current = [], region
    while current.parent_id:
        current = Region.objects.select_related("country").get(pk=current.parent_id)
        ancestors.insert(0, current)
    return ancestors


def prefectures_by_area():
    """[(area key, area label, [prefectures])] in the usual north-to-south order."""
    prefectures = list(Prefecture.objects.defer("boundary"))
    return [
        (key, label, [p for p in prefectures if p.area == key]) for key, label in JAPANESE_AREAS
    ]


def european_countries_with_regions():
    """[(group label, [country])] for the EU and EEA/EFTA; each country carries ``top_region``
    (its NUTS level 0, if imported) and ``first_level_regions``. Two queries."""
    groups = [CountryGroup.EU, CountryGroup.EEA_EFTA]
    countries = list(Country.objects.filter(group__in=groups))
    regions = Region.objects.filter(country__in=countries, level__in=(0, 1)).defer("boundary")
    by_country = {}
    for region in regions.order_by("code"):
        by_country.setdefault((region.country_id, region.level), []).append(region)
    for country in countries:
        tops = by_country.get((country.pk, 0), [])
        country.top_region = tops[0] if tops else None
        country.first_level_regions = by_country.get((country.pk, 1), [])
    return [(group.label, [c for c in countries if c.group == group]) for group in groups]
