"""Writing to one's own organisation and opportunities: every change goes through the domain,
so a profile change is a pending revision and an opportunity waits for validation."""

from datetime import timedelta

import pytest
from directory.factories import SectorFactory
from django.utils import timezone
from partnering.factories import OpportunityFactory

from ejrc.directory.models import ProfileRevision
from ejrc.partnering.models import Opportunity

ORG = "me/organisations/alpine-hydrogen-valley/"


def test_my_organisations_lists_mine_with_my_role(as_user, people):
    body = as_user(people["member"]).get("me/organisations/").json()
    assert [(row["slug"], row["role"], row["status"]) for row in body["results"]] == [
        ("alpine-hydrogen-valley", "member", "published")]
    assert body["results"][0]["pending_revision"] is None


def test_a_change_becomes_a_pending_revision_and_the_published_profile_stays(as_user, people):
    SectorFactory(code="S007")
    api = as_user(people["admin"])
    response = api.call("PATCH", ORG, {"city": "Annecy", "name_ja": "新しい名前", "sectors": ["cluster:S007"],
                                       "labels": [{"kind": "excellence_gold", "awarded_on": "2026-01-01"}]})
    assert response.status_code == 202, response.content
    body = response.json()
    assert body["city"] == "" and body["name"]["ja"] == "アルプス水素バレー"  # still the published version
    revision = ProfileRevision.objects.get()
    assert revision.status == "pending" and revision.submitted_by == people["admin"]
    assert revision.data["city"] == "Annecy" and revision.data["sectors"] == ["cluster:S007"]
    assert revision.data["name_en"] == "Alpine Hydrogen Valley"  # kept from the published profile
    assert revision.data["labels"][0]["awarded_on"] == "2026-01-01"
    assert body["pending_revision"]["id"] == revision.pk and body["pending_revision"]["office"] == "strasbourg"
    assert api.get("organisations/alpine-hydrogen-valley/").json()["city"] == ""


def test_a_second_patch_builds_on_the_pending_proposal(as_user, people):
    api = as_user(people["admin"])
    api.call("PATCH", ORG, {"city": "Annecy"})
    api.call("PATCH", ORG, {"website": "https://alpine.example"})
    pending = ProfileRevision.objects.get(status="pending")
    assert pending.data["city"] == "Annecy" and pending.data["website"] == "https://alpine.example"


def test_put_replaces_the_whole_profile(as_user, people):
    api = as_user(people["admin"])
    response = api.call("PUT", ORG, {"kind": "cluster", "name_en": "Alpine Valley", "description_en": "<p>New</p>",
                                     "country": "FR"})
    assert response.status_code == 202, response.content
    data = ProfileRevision.objects.get().data
    assert data["name_en"] == "Alpine Valley" and data["region"] is None and data["contacts"] == []
    assert api.call("PUT", ORG, {"name_en": "Only a name"}).status_code == 400


def test_the_sites_place_rules_apply(as_user, people):
    api = as_user(people["admin"])
    response = api.call("PATCH", ORG, {"country": "JP"})
    assert response.status_code == 400 and "prefecture" in response.json()["errors"]
    response = api.call("PATCH", ORG, {"prefecture": "JP-21"})
    assert response.status_code == 400 and "prefecture" in response.json()["errors"]
    assert not ProfileRevision.objects.exists()


def test_the_domains_own_refusals_are_problems(as_user, people):
    from directory.factories import OrganisationFactory

    OrganisationFactory(name_en="Taken Name", country=people["organisation"].country)
    response = as_user(people["admin"]).call("PATCH", ORG, {"name_en": "taken name"})
    assert response.status_code == 400 and "name_en" in response.json()["errors"]
    assert not ProfileRevision.objects.exists()


def test_a_member_who_is_not_admin_cannot_change_it(as_user, people):
    assert as_user(people["member"]).call("PATCH", ORG, {"city": "Annecy"}).status_code == 404
    assert not ProfileRevision.objects.exists()


def test_another_organisations_token_writing_to_mine_is_a_404(as_user, people):
    api = as_user(people["stranger"])
    response = api.call("PATCH", ORG, {"city": "Annecy"})
    assert response.status_code == 404 and response["Content-Type"] == "application/problem+json"
    assert api.get(ORG).status_code == 404
    assert not ProfileRevision.objects.exists()


def _new_opportunity(**fields):
    return {"organisation": "alpine-hydrogen-valley", "direction": "offer", "kind": "technology",
            "title_en": "Fuel cells for buses", "summary_en": "We offer fuel cells.",
            "partner_countries": ["JP"], "partner_prefectures": ["JP-21"], **fields}


def test_publishing_an_opportunity_waits_for_validation(as_user, api, people):
    response = as_user(people["member"]).call("POST", "me/opportunities/", _new_opportunity())
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["status"] == "pending" and body["reference"].startswith("EJ-OPP-")
    assert body["partner_prefectures"] == ["JP-21"]
    opportunity = Opportunity.objects.get()
    assert opportunity.created_by == people["member"] and opportunity.office.code == "strasbourg"
    assert api.get(f"opportunities/{opportunity.reference}/").status_code == 404  # not on the board yet
    assert as_user(people["admin"]).get(f"me/opportunities/{opportunity.reference}/").status_code == 200


def test_an_opportunity_for_someone_elses_organisation_is_a_404(as_user, people):
    response = as_user(people["stranger"]).call("POST", "me/opportunities/", _new_opportunity())
    assert response.status_code == 404 and not Opportunity.objects.exists()


def test_the_domains_rules_on_opportunities_are_problems(as_user, people):
    api = as_user(people["member"])
    late = (timezone.localdate() + timedelta(days=400)).isoformat()
    response = api.call("POST", "me/opportunities/", _new_opportunity(kind="research", expires_on=late))
    assert response.status_code == 400
    assert {"call_identifier", "call_deadline", "expires_on"} <= set(response.json()["errors"])
    response = api.call("POST", "me/opportunities/", _new_opportunity(partner_regions=["ZZ9"]))
    assert response.status_code == 400 and list(response.json()["errors"]) == ["partner_regions"]
    assert not Opportunity.objects.exists()


def test_changing_an_open_opportunity_takes_it_off_the_board(as_user, api, people):
    opportunity = OpportunityFactory(organisation=people["organisation"], title_en="Old title")
    url = f"me/opportunities/{opportunity.reference}/"
    response = as_user(people["member"]).call("PATCH", url, {"title_en": "New title"})
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "pending" and response.json()["title"]["en"] == "New title"
    opportunity.refresh_from_db()
    assert opportunity.summary_en == "We offer a technology."  # what PATCH did not send is kept
    assert api.get(f"opportunities/{opportunity.reference}/").status_code == 404


def test_withdrawing_an_opportunity(as_user, people):
    opportunity = OpportunityFactory(organisation=people["organisation"])
    url = f"me/opportunities/{opportunity.reference}/"
    assert as_user(people["stranger"]).call("DELETE", url).status_code == 404
    assert as_user(people["member"]).call("DELETE", url).status_code == 204
    opportunity.refresh_from_db()
    assert opportunity.status == "withdrawn"
    refused = as_user(people["member"]).call("PATCH", url, {"title_en": "Back"})
    assert refused.status_code == 400 and refused["Content-Type"] == "application/problem+json"


@pytest.mark.parametrize("method", ["PATCH", "PUT", "DELETE"])
def test_another_organisations_token_cannot_touch_my_opportunity(as_user, people, method):
    opportunity = OpportunityFactory(organisation=people["organisation"], title_en="Mine")
    response = as_user(people["stranger"]).call(method, f"me/opportunities/{opportunity.reference}/",
                                                {"title_en": "Theirs"})
    assert response.status_code == 404
    opportunity.refresh_from_db()
    assert opportunity.title_en == "Mine" and opportunity.status == "published"


def test_my_opportunities_lists_every_status(as_user, people):
    OpportunityFactory(organisation=people["organisation"], status="pending")
    OpportunityFactory(organisation=people["organisation"])
    OpportunityFactory(organisation=people["other"])
    rows = as_user(people["member"]).get("me/opportunities/").json()["results"]
    assert sorted(row["status"] for row in rows) == ["pending", "published"]
