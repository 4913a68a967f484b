import pytest
from django.template import Context, Template

from directory.factories import OrganisationFactory
from ejrc.directory.models import CooperationLink, OrganisationStatus
from ejrc.geo.models import Country, Prefecture
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


@pytest.mark.parametrize("language", ["en", "ja"])
def test_prefecture_page(client, prefectures, language, django_assert_num_queries):
    gifu = prefectures["JP-21"]
    gifu.boundary = square(136.3, 35.2, 1.0)
    gifu.save()
    OrganisationFactory(japanese=True, name_en="Gifu Aerospace Cluster")
    OrganisationFactory(japanese=True, name_en="Hidden", status=OrganisationStatus.PENDING)
    CooperationLinkFactory(jp_place="Takayama", jp_place_ja="高山市", eu_place="Sintra",
                           eu_country=Country.objects.get(code="PT"))
    with django_assert_num_queries(3):
        response = client.get(f"/{language}/places/jp/JP-21/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "岐阜県" in page and "ぎふけん" in page and "岐阜市" in page
    assert "<svg" in page and "<path" in page
    assert "Gifu Aerospace Cluster" in page and "Hidden" not in page
    assert "高山市" in page and "Sintra" in page and ("ポルトガル" in page)


@pytest.mark.parametrize("language", ["en", "ja"])
def test_region_page_shows_sub_regions_and_what_lies_in_them(client, places, language, django_assert_num_queries):
    OrganisationFactory(name_en="Paris Cluster", region=places["FR101"])
    CooperationLinkFactory(eu_place="Paris", eu_region=places["FR101"], jp_place="Kyoto")
    with django_assert_num_queries(11):
        response = client.get(f"/{language}/places/eu/FR1/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Île-de-France" in page
    assert "/places/eu/FR10/" in page  # child
    assert "/places/eu/FR/" in page  # breadcrumb
    assert "Paris Cluster" in page and "Kyoto" in page
    assert "<svg" not in page  # FR1 has no boundary


def test_region_map_is_drawn_from_the_boundary(client, places):
    page = client.get("/en/places/eu/FR10/").content.decode()
    assert '<svg class="place-map"' in page and "place-map-point" in page


def test_unknown_places_are_404(client, places):
    assert client.get("/en/places/jp/JP-99/").status_code == 404
    assert client.get("/ja/places/eu/ZZ9/").status_code == 404
    assert client.get("/en/places/jp/jp-21/").status_code == 200  # codes are not case-sensitive


@pytest.fixture
def many_links(places):
    austria = Country.objects.get(code="AT")
    osaka = Prefecture.objects.get(code="JP-27")
    for n in range(60):
        CooperationLinkFactory(eu_place=f"Ville {n:02d}", eu_region=places["FR101"])
    CooperationLinkFactory(eu_place="Graz", eu_country=austria, jp_prefecture=osaka,
                           kind=CooperationLink.Kind.AGREEMENT)


@pytest.mark.parametrize("language", ["en", "ja"])
def test_links_list_is_paginated(client, many_links, language, django_assert_num_queries):
    with django_assert_num_queries(4):
        response = client.get(f"/{language}/places/links/")
    assert response.status_code == 200
    assert response.context["page"].paginator.count == 61
    assert len(response.context["links"]) == 50
    second = client.get(f"/{language}/places/links/?page=2")
    assert len(second.context["links"]) == 11


def test_links_list_filters_by_country_and_prefecture(client, many_links):
    response = client.get("/en/places/links/?country=AT")
    assert [link.eu_place for link in response.context["links"]] == ["Graz"]
    response = client.get("/en/places/links/?prefecture=JP-21&country=FR")
    assert response.context["page"].paginator.count == 60
    response = client.get("/ja/places/links/?prefecture=JP-27")
    page = response.content.decode()
    assert "Graz" in page and "大阪府" in page and "オーストリア" in page


def test_a_bad_filter_is_explained_and_the_list_still_shown(client, many_links):
    response = client.get("/en/places/links/?country=ZZ&page=abc")
    assert response.status_code == 200
    assert response.context["form"].errors["country"]
    assert response.context["page"].paginator.count == 61


def test_links_list_include_takes_a_plain_list(prefectures):
    link = CooperationLinkFactory(jp_place="Kameoka", jp_place_ja="亀岡市", eu_place="Knittelfeld",
                                  eu_country=Country.objects.get(code="AT"))
    html = Template('{% include "geo/links_list.html" with links=links %}').render(Context({"links": [link]}))
    assert "亀岡市" in html and "Knittelfeld" in html and "/places/jp/JP-21/" in html
    empty = Template('{% include "geo/links_list.html" with links=links %}').render(Context({"links": []}))
    assert "No known twinnings" in empty


def test_place_map_tag_draws_nothing_without_a_boundary(places):
    template = Template("{% load geo_maps %}{% place_map place %}")
    assert template.render(Context({"place": places["FR1"]})).strip() == ""
    svg = template.render(Context({"place": places["FR10"]}))
    assert svg.startswith('<svg class="place-map" viewBox="0 0 320 ')


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
