from directory.factories import OrganisationFactory
from ejrc.geo.domain.queries import links_for_place, published_organisations_in, region_and_descendant_ids
from geo.factories import CooperationLinkFactory, RegionFactory


def test_links_for_place_covers_the_region_and_its_descendants(prefectures):
    top = RegionFactory(code="FR1")
    child = RegionFactory(code="FR10", parent=top)
    grandchild = RegionFactory(code="FR101", parent=child)
    elsewhere = RegionFactory(code="FR2")
    deep = CooperationLinkFactory(eu_region=grandchild)
    direct = CooperationLinkFactory(eu_region=top)
    CooperationLinkFactory(eu_region=elsewhere, jp_prefecture=prefectures["JP-13"])
    assert set(region_and_descendant_ids(top)) == {top.pk, child.pk, grandchild.pk}
    assert set(links_for_place(region=top)) == {deep, direct}
    assert set(links_for_place(region=grandchild)) == {deep}
    gifu_links = set(links_for_place(prefecture=prefectures["JP-21"]))
    assert gifu_links == {deep, direct}
    assert len(links_for_place(prefecture=prefectures["JP-13"], region=top)) == 3
    assert not links_for_place().exists()
    assert not published_organisations_in().exists()


def test_a_country_level_region_takes_the_links_and_organisations_of_its_country(prefectures):
    france = RegionFactory(code="FR", level=0)
    unplaced = CooperationLinkFactory(eu_region=None)
    in_region = CooperationLinkFactory(eu_region=RegionFactory(code="FR1", parent=france))
    organisation = OrganisationFactory(region=None)
    assert set(links_for_place(region=france)) == {unplaced, in_region}
    assert list(published_organisations_in(region=france)) == [organisation]
