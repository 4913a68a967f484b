"""What the directory keeps about a place: its published organisations and its cooperation links.

Geo's place pages show them through the sections of :mod:`ejrc.directory.places`; the profile
page shows the links of the profile's place.
"""

from django.db.models import Q

from ejrc.geo.domain.queries import region_and_descendant_ids

from ..models import CooperationLink, Organisation, OrganisationStatus


def links_for_place(*, prefecture=None, region=None, region_ids=None):
    """Cooperation links touching ``prefecture`` or ``region`` (and its sub-regions, whose ids
    with the region's own are ``region_ids`` when the caller has them).

    A country-level region (NUTS 0) also takes the links of its country that no region holds.
    """
    condition = Q(pk__in=[])
    if prefecture is not None:
        condition |= Q(jp_prefecture=prefecture)
    if region is not None:
        condition |= Q(eu_region_id__in=region_ids or region_and_descendant_ids(region))
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


def published_organisations_in(*, prefecture=None, region=None, region_ids=None):
    """Published organisations located in the prefecture, or in the region or its sub-regions
    (for a country-level region, in the country)."""
    organisations = Organisation.objects.filter(status=OrganisationStatus.PUBLISHED)
    if prefecture is not None:
        organisations = organisations.filter(prefecture=prefecture)
    elif region is not None and region.level == 0:
        organisations = organisations.filter(country_id=region.country_id)
    elif region is not None:
        organisations = organisations.filter(
            region_id__in=region_ids or region_and_descendant_ids(region)
        )
    else:
        return organisations.none()
    return organisations.select_related("country").order_by("name_en")


def filtered_links(*, country=None, prefecture=None):
    """All cooperation links, optionally only those with a European country or a prefecture."""
    links = CooperationLink.objects.all()
    if country is not None:
        links = links.filter(eu_country=country)
    if prefecture is not None:
        links = links.filter(jp_prefecture=prefecture)
    return with_places(links)
