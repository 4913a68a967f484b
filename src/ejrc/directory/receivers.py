"""The directory's answers to what the apps below it announce."""

from ejrc.geo.domain.queries import regions_and_descendant_ids

from .domain.search import refresh_all_search_texts
from .models import CooperationLink, Organisation


def rehome_and_reindex(sender, *, replaced, renamed, **kwargs):
    """Geo replaced or renamed regions (:data:`ejrc.geo.signals.regions_changed`): move the
    organisations and links of a replaced region to its successor (or to no region), and
    refresh the search text of every organisation whose place names changed."""
    moved, unplaced = [], []
    for organisation in Organisation.objects.filter(region_id__in=list(replaced)).only("pk", "region_id"):
        organisation.region_id = replaced[organisation.region_id]
        organisation.save(update_fields=["region"])
        (moved if organisation.region_id else unplaced).append(organisation.pk)
    for link in CooperationLink.objects.filter(eu_region_id__in=list(replaced)).only("pk", "eu_region_id"):
        link.eu_region_id = replaced[link.eu_region_id]
        link.save(update_fields=["eu_region"])
    renamed_places = Organisation.objects.filter(region_id__in=regions_and_descendant_ids(renamed))
    ids = {*moved, *unplaced, *renamed_places.values_list("pk", flat=True)}
    reindexed = refresh_all_search_texts(Organisation.objects.filter(pk__in=ids))
    return (
        f"organisations: {len(moved)} moved to the NUTS region of the same name, "
        f"{len(unplaced)} left without a region; {reindexed} re-indexed for search"
    )
