"""The opportunities board: the directory's search code path, its facets, its pages."""

import pytest
from directory.factories import OrganisationFactory, SectorFactory, country
from django.urls import reverse
from django.utils import timezone
from partnering.factories import OpportunityFactory

from ejrc.directory.domain.search_params import SearchParams
from ejrc.partnering.domain.search import BOARD_KEYS, refresh_opportunity_search, search_board
from ejrc.partnering.models import OpportunityStatus

pytestmark = pytest.mark.django_db
URL = reverse("partnering:board")


def board(query="", **selected):
    params = SearchParams(query=query, selected={k: tuple(v) for k, v in selected.items()})
    return search_board(params=params)


def titles(results):
    return [o.title_en for o in results.page.object_list]


@pytest.fixture
def opportunities(helpdesk, hydrogen):
    food = SectorFactory(code="FOOD", name_en="Food processing", name_ja="食品加工")
    electrolysers = OpportunityFactory(title_en="Electrolyser testing", title_ja="電解装置の試験")
    electrolysers.sectors.add(hydrogen)
    sake = OpportunityFactory(organisation=OrganisationFactory(japanese=True), direction="request",
                              kind="investment", title_en="Sake brewery investment", title_ja="酒蔵への投資",
                              partner_side="europe")
    sake.sectors.add(food)
    joint = OpportunityFactory(kind="joint_action", title_en="Towards Viet Nam", title_ja="ベトナムへ")
    joint.third_countries.add(country("VN"))
    OpportunityFactory(title_en="Not validated yet", status=OpportunityStatus.PENDING)
    OpportunityFactory(title_en="Expired", expires_on=timezone.localdate() - timezone.timedelta(days=1))
    OpportunityFactory(title_en="Withdrawn", status=OpportunityStatus.WITHDRAWN)
    for opportunity in (electrolysers, sake, joint):
        refresh_opportunity_search(opportunity)


def test_only_open_opportunities_are_on_the_board(opportunities):
    assert sorted(titles(board())) == ["Electrolyser testing", "Sake brewery investment", "Towards Viet Nam"]


@pytest.mark.parametrize("query, expected", [
    ("hydrogen", ["Electrolyser testing"]),
    ("水素", ["Electrolyser testing"]),
    ("酒蔵", ["Sake brewery investment"]),
    ("ベトナム", ["Towards Viet Nam"]),
    ("gifu", ["Sake brewery investment"]),  # the publisher's place
    ("EJ-OPP", ["Electrolyser testing", "Sake brewery investment", "Towards Viet Nam"]),
])
def test_text_search_in_either_language(opportunities, query, expected):
    assert sorted(titles(board(query))) == expected


def test_facets_count_and_filter(opportunities):
    counts = {facet.key: {o.value: o.count for o in facet.options} for facet in board().facets}
    assert counts["direction"] == {"offer": 2, "request": 1}
    assert counts["type"] == {"technology": 1, "investment": 1, "joint_action": 1}
    assert counts["country"] == {"FR": 2, "JP": 1}
    assert counts["sector"] == {"cluster:H2": 1, "cluster:FOOD": 1}
    assert counts["side"] == {"europe": 1, "either": 2}
    assert titles(board(type=["investment"])) == ["Sake brewery investment"]
    assert titles(board(third=["country:VN"])) == ["Towards Viet Nam"]
    assert sorted(titles(board(sector=["cluster:H2", "cluster:FOOD"]))) == [
        "Electrolyser testing", "Sake brewery investment"]
    narrowed = {facet.key: {o.value: o.count for o in facet.options} for facet in board(country=["FR"]).facets}
    assert narrowed["country"] == {"FR": 2, "JP": 1}  # its own selection is not applied to it
    assert narrowed["direction"] == {"offer": 2}


def test_the_page_in_both_languages_with_htmx(client, opportunities):
    page = client.get(URL, {"q": "hydrogen"})
    assert page.status_code == 200 and "Electrolyser testing" in page.content.decode()
    region = client.get(URL, {"type": "technology"}, headers={"HX-Request": "true", "HX-Target": "search-results"})
    assert "<h1>" not in region.content.decode() and "Electrolyser testing" in region.content.decode()
    japanese = client.get(reverse("partnering:board").replace("/en/", "/ja/"))
    assert "電解装置の試験" in japanese.content.decode()


@pytest.mark.parametrize("query", [{"page": "x"}, {"page": "999"}, {"type": "<script>"}, {"q": "\x00" * 3},
                                   {"sort": "nonsense"}, {"sector": "nope:1"}])
def test_bad_parameters_never_fail(client, opportunities, query):
    assert client.get(URL, query).status_code == 200


def test_script_in_text_fields_is_shown_as_text(client, helpdesk):
    OpportunityFactory(title_en="<script>alert(1)</script>", summary_en="<img src=x onerror=alert(2)>")
    body = client.get(URL).content.decode()
    assert "<script>alert(1)" not in body and "&lt;script&gt;alert(1)" in body
    assert "<img src=x" not in body


def test_board_keys_are_read_from_the_query_string():
    from django.http import QueryDict

    params = SearchParams.from_querydict(QueryDict("type=research&kind=cluster&side=japan"), keys=BOARD_KEYS)
    assert params.selected == {"type": ("research",), "side": ("japan",)}


@pytest.mark.parametrize("rows", [1, 6])
def test_the_board_takes_a_fixed_number_of_queries(client, helpdesk, hydrogen, rows, django_assert_num_queries):
    for _row in range(rows):
        OpportunityFactory().sectors.add(hydrogen)
    client.get(URL)  # sessions, language: warm up
    with django_assert_num_queries(11):
        client.get(URL)
