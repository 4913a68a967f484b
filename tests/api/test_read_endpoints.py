"""The read endpoints: what each shows, through the site's own rules and search."""

import datetime as dt

from api.helpers import published
from directory.factories import SectorFactory, StaffUserFactory, country, prefecture
from events.factories import make_event, make_session
from partnering.factories import OpportunityFactory

from ejrc.directory.domain.search import search_directory
from ejrc.directory.domain.search_params import SearchParams
from ejrc.directory.models import Contact


def slugs(response):
    return [row["slug"] for row in response.json()["results"]]


def test_organisations_lists_published_profiles_only_with_both_languages(api, people):
    published(name_en="Pending Cluster", slug="pending-cluster", status="pending")
    body = api.get("organisations/?sort=name").json()
    assert [row["slug"] for row in body["results"]] == ["alpine-hydrogen-valley", "gifu-ceramics"]
    first = body["results"][0]
    assert first["name"] == {"en": "Alpine Hydrogen Valley", "ja": "アルプス水素バレー"}
    assert first["country"] == "FR" and first["region"] == "FRK" and first["prefecture"] is None
    assert first["site_url"] == "http://testserver/en/directory/alpine-hydrogen-valley/"
    assert body["next"] is None and body["next_cursor"] is None


def test_organisation_search_finds_what_the_site_finds(api, people):
    hydrogen = SectorFactory(code="S100", name_en="Hydrogen", name_ja="水素")
    people["organisation"].sectors.add(hydrogen)
    published(name_en="Lyon Hydrogen Network", slug="lyon-hydrogen", kind="cluster_network")
    for organisation in (people["organisation"],):
        from ejrc.directory.domain.search import refresh_search_text

        refresh_search_text(organisation)
    for query in ("hydrogen", "水素", "岐阜", "gifu"):
        site = [o.slug for o in search_directory(params=SearchParams(query=query)).page]
        assert slugs(api.get(f"organisations/?q={query}")) == site, query
    assert slugs(api.get("organisations/?q=岐阜")) == ["gifu-ceramics"]
    assert slugs(api.get("organisations/?sector=cluster:S100")) == ["alpine-hydrogen-valley"]
    assert slugs(api.get("organisations/?kind=cluster_network")) == ["lyon-hydrogen"]
    assert slugs(api.get("organisations/?country=JP")) == ["gifu-ceramics"]
    assert slugs(api.get("organisations/?place=pref:JP-21")) == ["gifu-ceramics"]
    assert sorted(slugs(api.get("organisations/?country=FR&country=JP&kind=cluster"))) == [
        "alpine-hydrogen-valley", "gifu-ceramics"]


def test_organisation_detail_shows_public_contacts_to_strangers_and_all_to_members(api, as_user, people):
    organisation = people["organisation"]
    Contact.objects.create(organisation=organisation, name="Public Person", visibility="public")
    Contact.objects.create(organisation=organisation, name="Inner Person", visibility="on_request")
    anonymous = api.get("organisations/alpine-hydrogen-valley/").json()
    assert [c["name"] for c in anonymous["contacts"]] == ["Public Person"]
    assert anonymous["description"]["en"] == "<p>A cluster of companies.</p>"
    member = as_user(people["member"]).get("organisations/alpine-hydrogen-valley/").json()
    assert sorted(c["name"] for c in member["contacts"]) == ["Inner Person", "Public Person"]


def test_an_unpublished_profile_is_not_found(api, people):
    published(name_en="Pending Cluster", slug="pending-cluster", status="pending")
    response = api.get("organisations/pending-cluster/")
    assert response.status_code == 404 and response["Content-Type"] == "application/problem+json"


def test_places(api, people):
    country("VN"), country("JP"), prefecture("JP-03")
    countries = api.get("places/countries/").json()["results"]
    assert [c["code"] for c in countries] == ["FR", "JP", "VN"]
    assert countries[1]["name"] == {"en": "Japan", "ja": "日本"} and countries[1]["group"] == "japan"
    assert [c["code"] for c in api.get("places/countries/?group=south_east_asia").json()["results"]] == ["VN"]
    prefectures = api.get("places/prefectures/").json()["results"]
    assert [p["code"] for p in prefectures] == ["JP-03", "JP-21"]
    assert api.get("places/prefectures/?area=chubu").json()["results"][0]["name"] == {"en": "Gifu", "ja": "岐阜県"}
    assert api.get("places/prefectures/JP-21/").json()["area"] == "chubu"
    region = api.get("places/regions/FRK/").json()
    assert region["country"] == "FR" and region["level"] == 1 and region["parent"] is None
    assert [r["code"] for r in api.get("places/regions/?country=FR&level=1").json()["results"]] == ["FRK"]
    assert api.get("places/regions/?country=DE").json()["results"] == []
    assert api.get("places/countries/XX/").status_code == 404


def test_opportunities_follow_the_boards_rules(api, people):
    open_one = OpportunityFactory(organisation=people["organisation"], title_en="Hydrogen buses")
    OpportunityFactory(organisation=people["organisation"], status="pending")
    OpportunityFactory(organisation=people["organisation"], expires_on=dt.date(2020, 1, 1))
    OpportunityFactory(organisation=people["other"], kind="tourism", direction="request")
    body = api.get("opportunities/?type=technology").json()
    assert [row["reference"] for row in body["results"]] == [open_one.reference]
    row = body["results"][0]
    assert row["title"]["en"] == "Hydrogen buses" and row["organisation"] == "alpine-hydrogen-valley"
    assert len(api.get("opportunities/").json()["results"]) == 2
    assert [r["kind"] for r in api.get("opportunities/?direction=request").json()["results"]] == ["tourism"]
    assert [r["reference"] for r in api.get("opportunities/?q=buses").json()["results"]] == [open_one.reference]
    assert api.get(f"opportunities/{open_one.reference}/").json()["reference"] == open_one.reference
    pending = people["organisation"].opportunities.get(status="pending")
    assert api.get(f"opportunities/{pending.reference}/").status_code == 404


def test_events_and_programme_times_carry_the_events_zone(api, people):
    organiser = StaffUserFactory()
    event = make_event(organiser=organiser)
    make_event(organiser=organiser, slug="draft-2027", published=False)
    make_session(event, organiser=organiser, start=14, end=15, title_en="Afternoon")
    make_session(event, organiser=organiser, start=10, title_en="Opening")
    events = api.get("events/").json()["results"]
    assert [e["slug"] for e in events] == ["strasbourg-2027"]
    assert events[0]["time_zone"] == "Europe/Paris" and events[0]["title"]["ja"] == "日欧地域協力会議"
    assert api.get("events/draft-2027/").status_code == 404
    assert api.get("events/draft-2027/programme/").status_code == 404
    sessions = api.get("events/strasbourg-2027/programme/").json()["results"]
    assert [s["title"]["en"] for s in sessions] == ["Opening", "Afternoon"]
    assert sessions[0]["starts_at"] == "2027-04-27T10:00:00+02:00"
    assert sessions[0]["ends_at"] == "2027-04-27T11:00:00+02:00"
    assert sessions[0]["time_zone"] == "Europe/Paris" and sessions[0]["day"] == "2027-04-27"
    assert api.get("events/?when=past").json()["results"] == []


def test_me_names_the_caller_and_the_token(api, as_user, people):
    assert api.get("me/").status_code == 401
    body = as_user(people["member"]).get("me/").json()
    assert body["email"] == people["member"].email and body["token"] == "test"


def test_my_agenda_lists_the_sessions_i_attend_on_the_events_clock(api, as_user, people):
    from ejrc.events.domain.registration import register

    organiser = StaffUserFactory()
    event = make_event(organiser=organiser)
    make_session(event, organiser=organiser, start=10, end=11, title_en="Opening")
    make_session(event, organiser=organiser, day=2, start=9, end=12, kind="site_visit", capacity=3,
                 title_en="Visit I did not choose")
    register(actor=people["member"], event=event, organisation=people["organisation"], notify=False)
    rows = as_user(people["member"]).get("me/agenda/").json()["results"]
    assert [(r["event"], r["title"]["en"], r["starts_at"]) for r in rows] == [
        ("strasbourg-2027", "Opening", "2027-04-27T10:00:00+02:00")]
    assert as_user(people["stranger"]).get("me/agenda/").json()["results"] == []
    assert api.get("me/agenda/").status_code == 401
