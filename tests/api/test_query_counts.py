"""Exact query counts of the list endpoints with 1 and with 5 rows of everything on a page:
the same figure for both, so a list whose cost grows with its rows fails here."""

import pytest
from api.helpers import Api, published, token_of
from directory.factories import LabelFactory, SectorFactory, StaffUserFactory, country, prefecture, region
from events.factories import make_event, make_session
from partnering.factories import OpportunityFactory

from ejrc.directory.models import Membership, OrganisationInterest
from ejrc.events.domain.registration import register

# A token costs 1 query (the token and its user) and 1 write a minute (its last use; the first
# call of each test writes it): 2 in all.
TOKEN = 2


def fill(people, count):
    """``count`` rows in every list, each row with its sectors, labels, places and speakers."""
    organiser = StaffUserFactory()
    for n in range(count):
        sectors = [SectorFactory(code=f"Q{n}{i}") for i in range(2)]
        organisation = published(name_en=f"Counted {n}", slug=f"counted-{n}")
        organisation.sectors.set(sectors)
        organisation.third_countries.set([country("VN")])
        OrganisationInterest.objects.create(organisation=organisation, interest="trade")
        LabelFactory(organisation=organisation)
        Membership.objects.create(user=people["member"], organisation=organisation, role="member")
        opportunity = OpportunityFactory(organisation=people["organisation"])
        opportunity.sectors.set(sectors)
        opportunity.partner_regions.set([region()])
        opportunity.partner_prefectures.set([prefecture()])
        opportunity.partner_countries.set([country("JP")])
        opportunity.partner_kinds.create(kind="cluster")
        event = make_event(organiser=organiser, slug=f"event-{n}")
        event.co_organisers.add(organisation)
        session = make_session(event.__class__.objects.get(slug="event-0"), organiser=organiser, start=9 + n,
                               end=10 + n, title_en=f"Session {n}")
        session.speakers.create(name=f"Speaker {n}", organisation=organisation)
        if n == 0:
            register(actor=people["member"], event=session.event, organisation=people["organisation"],
                     notify=False)
        prefecture(["JP-03", "JP-13", "JP-21", "JP-27", "JP-21"][n])
        region(code=f"FRK{n}", name=f"Region {n}", level=2)


LISTS = [  # (path, queries with any number of rows, rows for count=5 (None: at least count))
    ("organisations/", 5, None),
    ("organisations/?q=counted&sector=cluster:Q00&sector=cluster:Q40", 5, 2),
    ("opportunities/", 7, None),
    ("opportunities/?q=opportunity&type=technology", 7, None),
    ("places/countries/", 1, None),
    ("places/prefectures/", 1, None),
    ("places/regions/", 1, None),
    ("events/", 2, None),
    ("events/event-0/programme/", 4, None),
]
OWN_LISTS = [
    ("me/organisations/", 8, None),
    ("me/opportunities/", 7, None),
    ("me/agenda/", 3, None),
]


@pytest.mark.parametrize("count", [1, 5])
@pytest.mark.parametrize(("path", "queries", "rows"), LISTS)
def test_public_lists_take_a_fixed_number_of_queries(api, people, count, path, queries, rows,
                                                     django_assert_num_queries):
    fill(people, count)
    with django_assert_num_queries(queries):
        response = api.get(path)
    found = len(response.json()["results"])
    assert response.status_code == 200 and found == (rows if rows and count == 5 else found) and found >= 1


@pytest.mark.parametrize("count", [1, 5])
@pytest.mark.parametrize(("path", "queries", "rows"), OWN_LISTS)
def test_own_lists_take_a_fixed_number_of_queries(client, people, count, path, queries, rows,
                                                  django_assert_num_queries):
    fill(people, count)
    api = Api(client, token_of(people["member"]))
    with django_assert_num_queries(queries + TOKEN):
        response = api.get(path)
    assert response.status_code == 200 and len(response.json()["results"]) >= count
