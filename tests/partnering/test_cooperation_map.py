"""The cooperation map: two server-drawn SVG panels, filtered like the search page."""

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
    assert body.count("<svg") == 2
    assert '<path d="M' in body  # Gifu's boundary
    assert 'href="/en/places/jp/JP-21/"' in body and 'href="/en/places/eu/FRF/"' in body
    assert 'class="linked"' in body  # the twinning rings both places
    assert "http" not in body.split("<svg", 1)[1].split("</svg>")[0]  # no tiles, nothing fetched


def test_filtered_like_the_search_page(client, places):
    body = client.get(URL, {"country": "JP"}).content.decode()
    assert "JP-21" in body and "/places/eu/FRF/" not in body
    assert client.get(URL, {"q": "\x00<script>", "sector": "nope"}).status_code == 200


def test_in_japanese(client, places):
    body = client.get(URL.replace("/en/", "/ja/")).content.decode()
    assert "岐阜県" in body and "日本" in body


@pytest.mark.parametrize("extra", [0, 4])
def test_a_fixed_number_of_queries(client, places, extra, django_assert_num_queries):
    for _i in range(extra):
        OrganisationFactory(region=region("FRF", "Grand Est", "FR"))
    client.get(URL)
    with django_assert_num_queries(6):
        client.get(URL)
