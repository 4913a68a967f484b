"""Exact query counts of the place pages, with one item and with several in each list.

A page whose count grows with its rows fails here: the figure is the same for 1 and for 5.
"""

import pytest
from directory.factories import OrganisationFactory, StaffUserFactory
from geo.factories import CooperationLinkFactory, RegionFactory

from ejrc.directory.domain.agreements import save_agreement
from ejrc.geo.models import Prefecture


@pytest.fixture
def france(prefectures):
    """FR → FR1 → FR10 → FR101, and regions of level 1 in France beside FR1."""
    top = RegionFactory(code="FR", name_en="France")
    ile = RegionFactory(code="FR1", name_en="Ile-de-France", parent=top)
    paris_area = RegionFactory(code="FR10", name_en="Ile-de-France", parent=ile)
    return {"FR": top, "FR1": ile, "FR10": paris_area, "FR101": RegionFactory(code="FR101", parent=paris_area)}


def fill(france, count):
    """``count`` organisations, links and sub-regions in Gifu and in FR10; some of the links are
    agreements between organisations (with the organisations on both sides)."""
    gifu = Prefecture.objects.get(code="JP-21")
    for n in range(count):
        european = OrganisationFactory(region=france["FR101"], city=f"Ville {n}")
        japanese = OrganisationFactory(japanese=True)
        CooperationLinkFactory(eu_region=france["FR101"], jp_prefecture=gifu)
        if n:
            RegionFactory(code=f"FR1{n + 1}", parent=france["FR1"])
        OrganisationFactory(region=RegionFactory(code=f"FR10{n + 2}", parent=france["FR10"]))
        if n % 2 == 0:
            save_agreement(actor=StaffUserFactory(), data={"kind": "mou", "title_en": f"MoU {n}"},
                           organisations=[european, japanese])


def links(n):
    return n + (n + 1) // 2  # the twinnings and the agreements


PAGES = [  # (url, exact number of queries whatever the number of rows, {list: rows for n items})
    ("/{language}/places/", 3, {}),
    ("/{language}/places/jp/JP-21/", 3, {"organisations": lambda n: n, "links": links}),
    ("/{language}/places/eu/FR1/", 8, {"organisations": lambda n: 2 * n, "links": links, "children": lambda n: n}),
    ("/{language}/places/eu/FR10/", 8, {"organisations": lambda n: 2 * n, "links": links, "children": lambda n: n + 1}),
    ("/{language}/directory/links/", 4, {"links": links}),
]


@pytest.mark.parametrize("count", [1, 5])
@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize(("url", "queries", "rows"), PAGES)
def test_place_pages_take_a_fixed_number_of_queries(client, france, count, language, url, queries, rows,
                                                    django_assert_num_queries):
    fill(france, count)
    with django_assert_num_queries(queries):
        response = client.get(url.format(language=language))
    assert response.status_code == 200
    assert {name: len(response.context[name]) for name in rows} == {name: f(count) for name, f in rows.items()}
