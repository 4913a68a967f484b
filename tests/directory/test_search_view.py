"""The directory search page: facets, pagination, htmx, languages, bad input."""

import pytest
from directory.factories import (
    LabelFactory,
    OrganisationFactory,
    SectorFactory,
    country,
    prefecture,
    region,
)
from django.urls import reverse

from ejrc.directory.domain.search import refresh_search_text, search_directory
from ejrc.directory.domain.search_params import SearchParams
from ejrc.directory.models import (
    CooperationInterest,
    Label,
    Organisation,
    OrganisationKind,
    SectorScheme,
)

pytestmark = pytest.mark.django_db
URL = reverse("directory:search")


def indexed(**fields):
    organisation = OrganisationFactory(**fields)
    refresh_search_text(organisation)
    return organisation


def facet_counts(query="", **selected):
    """facet key → {value: count}, children included, for a search."""
    params = SearchParams(query=query, selected={k: tuple(v) for k, v in selected.items()})
    counts = {}
    for facet in search_directory(params=params).facets:
        for option in facet.options:
            for item in [option, *option.children]:
                counts.setdefault(facet.key, {})[item.value] = item.count
    return counts


@pytest.fixture
def directory():
    """Two clusters and a region in France, a cluster and a prefecture in Japan."""
    aero = SectorFactory(scheme=SectorScheme.CLUSTER_SECTOR, code="AERO", name_en="Aerospace")
    food = SectorFactory(scheme=SectorScheme.CLUSTER_SECTOR, code="FOOD", name_en="Food processing")
    lyon = indexed(name_en="Lyon Aero Cluster")
    lyon.sectors.add(aero)
    lyon.interests.create(interest=CooperationInterest.INNOVATION)
    lyon.third_countries.add(country("VN"))
    nantes = indexed(name_en="Nantes Food Cluster")
    nantes.sectors.add(food)
    nantes.interests.create(interest=CooperationInterest.TRADE)
    LabelFactory(organisation=nantes, kind=Label.Kind.EXCELLENCE_GOLD)
    indexed(name_en="Region Sud", kind=OrganisationKind.REGION)
    gifu = indexed(japanese=True, name_en="Gifu Aerospace", name_ja="岐阜航空宇宙")
    gifu.sectors.add(aero)
    gifu.third_countries.add(country("BR"))
    indexed(japanese=True, name_en="Gifu Prefecture", kind=OrganisationKind.PREFECTURE)
    for organisation in [lyon, nantes, gifu]:
        refresh_search_text(organisation)


def test_facet_counts_follow_the_query_and_the_other_facets_but_not_their_own(directory):
    counts = facet_counts()
    assert counts["kind"] == {"region": 1, "prefecture": 1, "cluster": 3}
    assert counts["country"] == {"FR": 3, "JP": 2}
    assert counts["sector"] == {"cluster:AERO": 2, "cluster:FOOD": 1}
    assert "place" not in counts  # regions and prefectures once a country is chosen

    counts = facet_counts(kind=["cluster"])
    assert counts["kind"] == {"region": 1, "prefecture": 1, "cluster": 3}  # own selection ignored
    assert counts["country"] == {"FR": 2, "JP": 1}

    counts = facet_counts(query="aero", country=["JP"])
    assert counts["country"] == {"FR": 1, "JP": 1}
    assert counts["place"] == {"area:chubu": 1, "pref:JP-21": 1}
    assert counts["third"] == {"group:latin_america": 1, "country:BR": 1}


def test_values_within_a_facet_are_ored_and_facets_anded(directory):
    def names(**selected):
        params = SearchParams(selected={k: tuple(v) for k, v in selected.items()})
        return sorted(o.name_en for o in search_directory(params=params).page)

    assert names(kind=["region", "prefecture"]) == ["Gifu Prefecture", "Region Sud"]
    assert names(kind=["cluster"], country=["JP"]) == ["Gifu Aerospace"]
    assert names(sector=["cluster:AERO"], interest=["innovation"]) == ["Lyon Aero Cluster"]
    assert names(place=["pref:JP-21", "area:kanto"]) == ["Gifu Aerospace", "Gifu Prefecture"]
    assert names(third=["group:south_east_asia"]) == ["Lyon Aero Cluster"]
    assert names(third=["country:BR", "group:south_east_asia"]) == ["Gifu Aerospace", "Lyon Aero Cluster"]
    assert names(label=["excellence_gold"]) == ["Nantes Food Cluster"]
    assert names(label=["excellence_gold"], country=["JP"]) == []


def test_page_shows_facets_results_and_links_to_profiles(client, directory):
    response = client.get(URL, {"q": "aero", "country": "JP"})
    assert response.status_code == 200
    html = response.content.decode()
    gifu = Organisation.objects.get(name_en="Gifu Aerospace")
    assert f'href="{reverse("directory:profile", kwargs={"slug": gifu.slug})}"' in html
    assert "Gifu Aerospace" in html and "岐阜航空宇宙" in html and "Lyon Aero" not in html
    assert 'name="country" value="JP" checked' in html
    assert 'value="pref:JP-21"' in html
    assert 'hx-get="' in html and 'hx-push-url="true"' in html and 'id="search-results"' in html


def test_htmx_request_gets_only_the_results_region(client, directory):
    response = client.get(URL, {"q": "aero"}, headers={"HX-Request": "true", "HX-Target": "search-results"})
    html = response.content.decode()
    assert "Gifu Aerospace" in html and "<html" not in html and 'name="kind"' in html
    assert "HX-Request" in response["Vary"]
    restored = client.get(URL, headers={
        "HX-Request": "true", "HX-Target": "search-results", "HX-History-Restore-Request": "true",
    })
    assert "<html" in restored.content.decode()


def test_possibly_outdated_profiles_appear_with_a_badge(client):
    indexed(name_en="Old one", confirmed_at=None)
    html = client.get(URL).content.decode()
    assert "Old one" in html and "Possibly outdated" in html
    assert "Not confirmed as current for more than 365 days" in html


def test_pagination_keeps_the_query_string(client):
    for number in range(45):
        indexed(name_en=f"Cluster {number:02d}", description_en="robots")
    response = client.get(URL, {"q": "robots", "kind": "cluster", "page": 2})
    html = response.content.decode()
    assert "Cluster 20" in html and "Cluster 39" in html and "Cluster 40" not in html
    assert "q=robots&amp;kind=cluster&amp;page=3" in html
    assert "q=robots&amp;kind=cluster&amp;page=1" in html


@pytest.mark.parametrize("query", [
    "page=abc", "page=999", "page=-1", "page=1e400", "page=nan", "kind=nonsense", "country=ZZ&place=region:NOPE",
    "sector=nothing", "sector=cluster:NOPE&third=group:nowhere", "sort=bogus", "q=%00%ff",
    "q=" + "x" * 5000, "label=%3Cscript%3E", "q=%22unclosed",
])
def test_bad_parameters_never_fail(client, directory, query):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200 and 'id="search-results"' in response.content.decode()


def test_unknown_selected_values_stay_visible_so_they_can_be_unticked(client, directory):
    html = client.get(URL, {"sector": "cluster:NOPE", "kind": "cluster"}).content.decode()
    assert 'value="cluster:NOPE" checked' in html
    assert "No profile matches your search" in html
    assert "Search again without the filters" in html


def test_user_text_is_escaped(client):
    indexed(name_en="<script>alert(1)</script> Cluster", description_en="<img src=x onerror=alert(2)>bad")
    html = client.get(URL, {"q": "script"}).content.decode()
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html
    assert "onerror" not in html and '<p class="excerpt" lang="en">bad</p>' in html
    html = client.get(URL, {"q": '<b>"x</b>'}).content.decode()
    assert "<b>" not in html and 'value="&lt;b&gt;&quot;x&lt;/b&gt;"' in html


def test_query_count_is_fixed_whatever_the_number_of_results(client, django_assert_num_queries):
    aero = SectorFactory(code="AERO")
    for number in range(25):
        organisation = indexed(name_en=f"Cluster {number}", japanese=number % 2 == 0)
        organisation.sectors.add(aero, SectorFactory())
        organisation.interests.create(interest=CooperationInterest.TRADE)
        organisation.third_countries.add(country("VN"))
        LabelFactory(organisation=organisation)
    with django_assert_num_queries(15):
        response = client.get(URL, {"country": "JP", "q": "cluster"})
    assert response.status_code == 200 and "Cluster 0" in response.content.decode()


def test_the_page_is_in_japanese(client, directory):
    prefecture("JP-21")
    response = client.get(reverse("directory:search").replace("/en/", "/ja/"), {"q": "岐阜"})
    html = response.content.decode()
    assert 'lang="ja">岐阜航空宇宙</a></h2>' in html
    assert '<p class="other-name" lang="en">Gifu Aerospace</p>' in html  # the other language beneath
    assert "ディレクトリ" in html


def test_european_regions_are_offered_by_nuts_1_region_once_their_country_is_chosen(directory):
    rhone_alpes = region("FRK", "Auvergne-Rhône-Alpes")
    lyon = region("FRK2", "Rhône-Alpes", level=2)
    lyon.parent = rhone_alpes
    lyon.save()
    refresh_search_text(OrganisationFactory(name_en="Lyon Robotics", region=lyon))
    refresh_search_text(OrganisationFactory(name_en="AURA Region", region=rhone_alpes))
    refresh_search_text(OrganisationFactory(name_en="Paris Optics", region=region("FR1", "Ile-de-France")))
    counts = facet_counts(country=["FR"])
    assert counts["place"] == {"region:FRK": 2, "region:FRK2": 1, "region:FR1": 1}

    def names(*places):
        params = SearchParams(selected={"country": ("FR",), "place": places})
        return sorted(o.name_en for o in search_directory(params=params).page)

    assert names("region:FRK") == ["AURA Region", "Lyon Robotics"]  # and the regions below
    assert names("region:FRK2", "region:FR1") == ["Lyon Robotics", "Paris Optics"]


def test_a_japanese_viewer_gets_names_sorted_in_japanese(client):
    indexed(name_en="Aomori", name_ja="青森")  # あ… sorts after the Latin names, by code point
    indexed(name_en="Zeta", name_ja="")
    indexed(name_en="Beta", name_ja="")
    html = client.get("/ja/directory/", {"sort": "name"}).content.decode()
    assert html.index("Beta") < html.index("Zeta") < html.index("青森")
    assert '<option value="name" selected>' in html


def test_chosen_values_left_empty_by_other_filters_keep_their_names(client, directory):
    html = client.get(URL, {"country": "JP", "label": "excellence_gold", "kind": "region"}).content.decode()
    assert "No profile matches your search" in html
    assert 'value="JP" checked> <span>Japan</span> <span class="count">0</span>' in html
    assert 'value="region" checked> <span>Region</span> <span class="count">0</span>' in html


def test_each_classification_is_listed_apart_and_cleared_on_its_own(directory):
    nace = SectorFactory(scheme=SectorScheme.NACE, code="C30", name_en="Other transport equipment")
    Organisation.objects.get(name_en="Gifu Aerospace").sectors.add(nace)
    params = SearchParams(selected={"kind": ("cluster",), "sector": ("cluster:AERO", "nace:C30")})
    sector_facets = [f for f in search_directory(params=params).facets if f.key == "sector"]
    assert [f.title for f in sector_facets] == ["Cluster sectors", "NACE Rev.2"]
    assert sector_facets[0].clear_query == "kind=cluster&sector=nace%3AC30"
    assert sector_facets[1].clear_query == "kind=cluster&sector=cluster%3AAERO"
