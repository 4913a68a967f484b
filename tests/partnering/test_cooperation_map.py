"""The cooperation map: two server-drawn panels in one SVG, with lines for the existing links
between their places, filtered like the search page."""

import pytest
from directory.factories import OrganisationFactory, country, prefecture, region
from django.urls import reverse

from ejrc.directory.models import CooperationLink, OrganisationKind

pytestmark = pytest.mark.django_db
URL = reverse("partnering:map")
SQUARE = {"type": "Polygon", "coordinates": [[[136.5, 35.5], [137.5, 35.5], [137.5, 36.3], [136.5, 36.3],
                                              [136.5, 35.5]]]}


@pytest.fixture
def places(helpdesk):
    gifu = prefecture("JP-21")
    gifu.boundary, gifu.latitude, gifu.longitude = SQUARE, 35.9, 137.0
    gifu.save()
    grand_est = region("FRF", "Grand Est", "FR")
    grand_est.latitude, grand_est.longitude = 48.7, 6.2  # a point only: no boundary imported
    grand_est.save()
    OrganisationFactory(japanese=True, name_en="Gifu Prefecture", kind=OrganisationKind.PREFECTURE)
    OrganisationFactory(name_en="Grand Est Hydrogen", region=grand_est)
    OrganisationFactory(name_en="Unplaced cluster")
    CooperationLink.objects.create(kind="twinning", eu_place="Strasbourg", eu_country=country("FR"),
                                   eu_region=grand_est, jp_place="Gifu", jp_prefecture=gifu)


def test_two_panels_with_shapes_points_and_links_to_place_pages(client, places):
    body = client.get(URL).content.decode()
    assert body.count("<svg") == 1 and body.count('class="panel-') == 2
    assert '<path d="M' in body  # Gifu's boundary
    assert 'href="/en/places/jp/JP-21/"' in body and 'href="/en/places/eu/FRF/"' in body
    assert 'class="linked"' in body  # the twinning rings both places
    assert "http" not in body.split("<svg", 1)[1].split("</svg>")[0]  # no tiles, nothing fetched


def link_lines(body):
    return body.count('class="link-line"')


def test_each_link_is_a_line_from_the_european_place_to_the_japanese_one(client, places):
    body = client.get(URL).content.decode()
    assert link_lines(body) == 1
    line = body.split('class="link-line"')[1].split("</a>")[0]
    assert "<title>Gifu – Grand Est: Twinning (1)</title>" in line
    assert '<path d="M' in line and " Q" in line
    assert 'href="/en/places/jp/JP-21/" class="link-line"' in body
    japanese = client.get(URL.replace("/en/", "/ja/")).content.decode()
    assert "岐阜県 – " in japanese.split('class="link-line"')[1]


def test_a_region_without_a_point_is_drawn_at_its_parent_and_links_of_a_pair_are_one_line(client, places):
    from ejrc.geo.models import Prefecture

    bas_rhin = region("FRF11", "Bas-Rhin", "FR", level=3)  # no point of its own
    CooperationLink.objects.create(kind="friendship", eu_place="Colmar", eu_country=country("FR"),
                                   eu_region=bas_rhin, jp_place="Takayama", jp_prefecture=Prefecture.objects.get())
    body = client.get(URL).content.decode()
    assert link_lines(body) == 1
    assert "Twinning, Friendship agreement (2)" in body


def test_filtered_like_the_search_page(client, places):
    body = client.get(URL, {"country": "JP"}).content.decode()
    assert "JP-21" in body and "/places/eu/FRF/" not in body
    assert link_lines(body) == 1  # Gifu's twinning, with its European end
    assert link_lines(client.get(URL, {"q": "nothing of the kind"}).content.decode()) == 0
    assert client.get(URL, {"q": "\x00<script>", "sector": "nope"}).status_code == 200


def test_in_japanese(client, places):
    body = client.get(URL.replace("/en/", "/ja/")).content.decode()
    assert "岐阜県" in body and "日本" in body


@pytest.mark.parametrize("extra", [0, 4])
def test_a_fixed_number_of_queries(client, places, extra, django_assert_num_queries):
    for number in range(extra):
        place = region(f"FR{number}", f"Région {number}", "FR")
        place.latitude, place.longitude = 45.0 + number, 2.0
        place.save()
        OrganisationFactory(region=place)
        CooperationLink.objects.create(kind="twinning", eu_place=f"Ville {number}", eu_country=country("FR"),
                                       eu_region=place, jp_place="Gifu", jp_prefecture=prefecture("JP-21"))
    client.get(URL)
    with django_assert_num_queries(8):
        body = client.get(URL).content.decode()
    assert link_lines(body) == 1 + extra
