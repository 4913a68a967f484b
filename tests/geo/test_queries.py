from ejrc.geo.domain.queries import region_ancestors, region_and_descendant_ids, regions_and_descendant_ids
from geo.factories import RegionFactory


def test_descendants_and_ancestors_of_regions(db):
    top = RegionFactory(code="FR1")
    child = RegionFactory(code="FR10", parent=top)
    grandchild = RegionFactory(code="FR101", parent=child)
    other = RegionFactory(code="FR2")
    other_child = RegionFactory(code="FR21", parent=other)
    assert sorted(region_and_descendant_ids(top)) == sorted([top.pk, child.pk, grandchild.pk])
    assert region_and_descendant_ids(grandchild) == [grandchild.pk]
    assert sorted(regions_and_descendant_ids([child.pk, other.pk])) == sorted(
        [child.pk, grandchild.pk, other.pk, other_child.pk]
    )
    assert regions_and_descendant_ids([]) == []
    assert region_ancestors(grandchild) == [top, child]
