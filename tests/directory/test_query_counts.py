"""Exact query counts of the home page, the search page and the agreements screen, with one
item and with several: a page whose count grows with its rows fails here.

(The profile, "my organisations", members, requests and validation pages pin theirs in
``test_views.py``.)"""

import pytest
from directory.factories import LabelFactory, OrganisationFactory, SectorFactory, country
from django.urls import reverse

from ejrc.directory.domain.agreements import save_agreement
from ejrc.directory.domain.search import refresh_search_text
from ejrc.directory.models import CooperationInterest, SectorScheme

pytestmark = pytest.mark.django_db


def profiles(count):
    """``count`` published profiles in each of Europe and Japan, with everything a card shows."""
    sector = SectorFactory(scheme=SectorScheme.NACE, code="C29", name_en="Motor vehicles")
    made = []
    for n in range(count):
        for japanese in (False, True):
            organisation = OrganisationFactory(name_en=f"Cluster {n} {'JP' if japanese else 'EU'}",
                                               japanese=japanese, confirmed_at=None)
            organisation.sectors.add(sector, SectorFactory())
            organisation.interests.create(interest=CooperationInterest.TRADE)
            organisation.third_countries.add(country("VN"))
            LabelFactory(organisation=organisation)
            refresh_search_text(organisation)
            made.append(organisation)
    return made


@pytest.mark.parametrize("count", [1, 5])
@pytest.mark.parametrize("language", ["en", "ja"])
def test_home_page(client, count, language, django_assert_num_queries):
    profiles(count)
    with django_assert_num_queries(5):  # 3, and 2 for the partnering figures (home_sections)
        response = client.get(f"/{language}/")
    assert len(response.context["newest"]) == min(2 * count, 6)  # the six newest


SEARCHES = [  # (query string, htmx region only, exact number of queries)
    ({}, False, 12),
    ({"q": "cluster", "country": "JP"}, False, 15),
    ({"q": "cluster", "sector": "nace:C29"}, True, 12),
]


@pytest.mark.parametrize("count", [1, 5])
@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize(("query", "region_only", "queries"), SEARCHES)
def test_search_page(client, count, language, query, region_only, queries, django_assert_num_queries):
    profiles(count)
    headers = {"HX-Request": "true", "HX-Target": "search-results"} if region_only else {}
    with django_assert_num_queries(queries):
        response = client.get(f"/{language}/directory/", query, headers=headers)
    shown = response.context["results"].page.object_list
    assert len(shown) == (count if "country" in query else 2 * count)
    assert response.content.decode().count('class="badge warn"') == len(shown)  # all possibly outdated


@pytest.mark.parametrize("count", [1, 5])
def test_agreements_screen(client, staff_user, count, django_assert_num_queries):
    made = profiles(count)
    for organisations in zip(made[::2], made[1::2], strict=True):
        save_agreement(actor=staff_user, data={"kind": "mou", "title_en": "MoU"}, organisations=organisations)
    client.force_login(staff_user)
    with django_assert_num_queries(5):  # session, user, its second factor, agreements, their organisations
        response = client.get(reverse("directory:agreements"))
    assert len(response.context["agreements"]) == count
