"""Reusable querysets about places: sub-regions, organisations and cooperation links located there."""

from django.db.models import Q

from ejrc.directory.models import CooperationLink, Organisation, OrganisationStatus
from ejrc.geo.models import JAPANESE_AREAS, Country, CountryGroup, Prefecture, Region

MAX_REGION_DEPTH = 4  # NUTS 0 → 3; ISO 3166-2 hierarchies are shallower


def region_and_descendant_ids(region):
    """Ids of ``region`` and every region below it (one query per level, at most four)."""
    ids, frontier = [region.pk], [region.pk]
    for _ in range(MAX_REGION_DEPTH):
        frontier = list(Region.objects.filter(parent_id__in=frontier).values_list("pk", flat=True))
        if not frontier:
            break
        ids += frontier
    return ids


def links_for_place(*, prefecture=None, region=None):
    """Cooperation links touching ``prefecture`` or ``region`` (and its sub-regions).

    A country-level region (NUTS 0) also takes the links of its country that no region holds.
    """
    condition = Q(pk__in=[])
    if prefecture is not None:
        condition |= Q(jp_prefecture=prefecture)
    if region is not None:
        condition |= Q(eu_region_id__in=region_and_descendant_ids(region))
        if region.level == 0:
            condition |= Q(eu_country_id=region.country_id)
    return with_places(CooperationLink.objects.filter(condition))


def with_places(links):
    """Links with what a list of them shows, fetched in the same query."""
    return links.select_related(
        "eu_country", "eu_region", "jp_prefecture", "eu_organisation", "jp_organisation"
    ).order_by(
        "jp_prefecture__jis_code", "jp_place", "eu_place"
    )


def published_organisations_in(*, prefecture=None, region=None):
    """Published organisations located in the prefecture, or in the region or its sub-regions
    (for a country-level region, in the country)."""
    organisations = Organisation.objects.filter(status=OrganisationStatus.PUBLISHED)
    if prefecture is not None:
        organisations = organisations.filter(prefecture=prefecture)
    elif region is not None and region.level == 0:
        organisations = organisations.filter(country_id=region.country_id)
    elif region is not None:
        organisations = organisations.filter(region_id__in=region_and_descendant_ids(region))
    else:
        return organisations.none()
    return organisations.select_related("country").order_by("name_en")


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


def filtered_links(*, country=None, prefecture=None):
    """All cooperation links, optionally only those with a European country or a prefecture."""
    links = CooperationLink.objects.all()
    if country is not None:
        links = links.filter(eu_country=country)
    if prefecture is not None:
        links = links.filter(jp_prefecture=prefecture)
    return with_places(links)


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
