import pytest
from django.template import Context, Template

from directory.factories import OrganisationFactory
from ejrc.directory.models import OrganisationStatus
from ejrc.geo.models import Country, Region
from geo.factories import CooperationLinkFactory, RegionFactory, square


@pytest.fixture
def places(prefectures):
    """A small NUTS tree in France (FR → FR1 → FR10 → FR101) with a boundary on FR10."""
    france = RegionFactory(code="FR", name_en="France")
    ile = RegionFactory(code="FR1", name_en="Ile-de-France", name_native="Île-de-France", parent=france)
    paris_area = RegionFactory(code="FR10", name_en="Ile-de-France", parent=ile,
                               boundary=square(2, 48.5), latitude=49, longitude=2.5)
    paris = RegionFactory(code="FR101", name_en="Paris", parent=paris_area)
    return {"FR": france, "FR1": ile, "FR10": paris_area, "FR101": paris}


@pytest.mark.parametrize("language", ["en", "ja"])
def test_overview_lists_countries_and_prefectures_by_area(client, places, language, django_assert_num_queries):
    with django_assert_num_queries(3):
        response = client.get(f"/{language}/places/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "/places/eu/FR/" in page and "/places/eu/FR1/" in page
    assert page.count("/places/jp/JP-") == 47
    assert "岐阜県" in page and "Gifu" in page
    assert ("近畿" if language == "ja" else "Kinki") in page
    assert 'href="/%s/directory/links/"' % language in page  # the directory's section


PREFECTURE_PAGE_QUERIES = 3  # the prefecture; the directory's sections: organisations, links
REGION_PAGE_QUERIES = 8  # the region, 3 levels of sub-regions, 1 ancestor, children; 2 sections


@pytest.mark.parametrize(("language", "rows"), [("en", 1), ("ja", 1), ("en", 6)])
def test_prefecture_page(client, prefectures, language, rows, django_assert_num_queries):
    gifu = prefectures["JP-21"]
    gifu.boundary = square(136.3, 35.2, 1.0)
    gifu.save()
    for n in range(rows):
        OrganisationFactory(japanese=True, name_en=f"Gifu Aerospace Cluster {n}")
        CooperationLinkFactory(jp_place="Takayama", jp_place_ja="高山市", eu_place=f"Sintra {n}",
                               eu_country=Country.objects.get(code="PT"))
    OrganisationFactory(japanese=True, name_en="Hidden", status=OrganisationStatus.PENDING)
    with django_assert_num_queries(PREFECTURE_PAGE_QUERIES):
        response = client.get(f"/{language}/places/jp/JP-21/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "岐阜県" in page and "ぎふけん" in page and "岐阜市" in page
    assert "<svg" in page and "<path" in page
    assert page.count("Gifu Aerospace Cluster") == rows and "Hidden" not in page
    assert "高山市" in page and page.count("Sintra") == rows and ("ポルトガル" in page)
    assert "/directory/links/" not in page  # the overview links to the list of all ties


@pytest.mark.parametrize(("language", "rows"), [("en", 1), ("ja", 1), ("en", 6)])
def test_region_page_shows_sub_regions_and_what_lies_in_them(
    client, places, language, rows, django_assert_num_queries
):
    for n in range(rows):
        OrganisationFactory(name_en=f"Paris Cluster {n}", region=places["FR101"])
        CooperationLinkFactory(eu_place=f"Paris {n}", eu_region=places["FR101"], jp_place="Kyoto")
    OrganisationFactory(name_en="Lyon Cluster", region=RegionFactory(code="FRK"))
    with django_assert_num_queries(REGION_PAGE_QUERIES):
        response = client.get(f"/{language}/places/eu/FR1/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Île-de-France" in page
    assert "/places/eu/FR10/" in page  # child
    assert "/places/eu/FR/" in page  # breadcrumb
    assert page.count("Paris Cluster") == rows and page.count("Kyoto") == rows
    assert "Lyon Cluster" not in page
    assert "<svg" not in page  # FR1 has no boundary


def test_a_place_without_organisations_or_links_says_so(client, places):
    page = client.get("/en/places/eu/FR101/").content.decode()
    assert "No published organisation here yet." in page
    assert "No known twinnings or agreements yet." in page


def test_region_map_is_drawn_from_the_boundary(client, places):
    page = client.get("/en/places/eu/FR10/").content.decode()
    assert '<svg class="place-map"' in page and "place-map-point" in page


def test_unknown_places_are_404(client, places):
    assert client.get("/en/places/jp/JP-99/").status_code == 404
    assert client.get("/ja/places/eu/ZZ9/").status_code == 404
    assert client.get("/en/places/jp/jp-21/").status_code == 200  # codes are not case-sensitive


def test_place_map_tag_draws_nothing_without_a_boundary(places):
    template = Template("{% load geo_maps %}{% place_map place %}")
    assert template.render(Context({"place": places["FR1"]})).strip() == ""
    svg = template.render(Context({"place": places["FR10"]}))
    assert svg.startswith('<svg class="place-map" viewBox="0 0 320 ')
    assert Region.objects.get(code="FR10").boundary["type"] == "Polygon"


def test_real_places_render(client, nuts, prefecture_shapes):
    for url in ["/en/places/", "/ja/places/eu/DE2/", "/en/places/eu/EL30/", "/ja/places/jp/JP-13/"]:
        response = client.get(url)
        assert response.status_code == 200, url
    assert "<svg" in client.get("/en/places/eu/DE21/").content.decode()


def test_place_map_leaves_far_islands_out_and_says_so(prefectures):
    tokyo = prefectures["JP-13"]
    tokyo.boundary = {"type": "MultiPolygon", "coordinates": [
        square(139.0, 35.5, 0.8)["coordinates"], square(142.2, 27.0, 0.1)["coordinates"],
    ]}
    html = Template("{% load geo_maps %}{% place_map place %}").render(Context({"place": tokyo}))
    assert html.count("Z") == 1  # one ring drawn
    assert "Distant islands and territories are not shown." in html
