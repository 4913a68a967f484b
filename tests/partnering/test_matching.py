"""Partner matching: who is recommended, why (in the viewer's language), from stored vectors."""

import pytest
from directory.factories import MembershipFactory, OrganisationFactory, SectorFactory, country, region
from django.urls import reverse
from partnering.factories import OpportunityFactory

from ejrc.directory.models import CooperationLink, OrganisationKind, SectorScheme
from ejrc.partnering.domain.matching import recommend_for
from ejrc.partnering.domain.vectors import refresh_all_vectors, refresh_organisation_vector
from ejrc.partnering.models import MatchVector

pytestmark = pytest.mark.django_db


def reasons_for(organisation):
    found = recommend_for(vector_filter={"organisation": organisation}, exclude_organisation_id=organisation.pk)
    return {item.organisation.name_en: item for item in found.items}, found


@pytest.fixture
def scene(gifu, hydrogen, helpdesk):
    """Gifu seeks investment in hydrogen towards Viet Nam; an Alsace cluster offers it, and its
    region is twinned with Gifu; a food cluster and a Japanese hydrogen cluster are distractors."""
    alsace = region("FRF", "Grand Est", "FR")
    food = SectorFactory(code="FOOD", name_en="Food processing", name_ja="食品加工")
    gifu.description_ja = "<p>岐阜県は水素エネルギーと燃料電池の産業を育てています。</p>"
    gifu.save()
    gifu.sectors.add(hydrogen)
    gifu.interests.create(interest="investment")
    gifu.third_countries.add(country("VN"))
    OpportunityFactory(organisation=gifu, direction="request", kind="investment")
    cluster = OrganisationFactory(name_en="Grand Est Hydrogen Cluster", region=alsace,
                                  description_en="<p>Hydrogen energy and fuel cells for industry.</p>")
    cluster.sectors.add(hydrogen)
    cluster.interests.create(interest="investment")
    cluster.third_countries.add(country("VN"))
    OpportunityFactory(organisation=cluster, direction="offer", kind="investment", title_en="Hydrogen fund")
    grocer = OrganisationFactory(name_en="Food Cluster")
    grocer.sectors.add(food)
    grocer.interests.create(interest="investment")
    rival = OrganisationFactory(japanese=True, name_en="Japanese Hydrogen Cluster")
    rival.sectors.add(hydrogen)
    CooperationLink.objects.create(kind="twinning", eu_place="Strasbourg", eu_country=country("FR"),
                                   eu_region=region("FRF11", "Bas-Rhin", "FR", level=3), jp_place="Gifu",
                                   jp_prefecture=gifu.prefecture)
    refresh_all_vectors()
    return cluster


def test_the_counterpart_is_recommended_first_with_every_reason(gifu, scene):
    found, _recommendations = reasons_for(gifu)
    assert list(found)[0] == "Grand Est Hydrogen Cluster"
    assert "Japanese Hydrogen Cluster" not in found  # the same side is not looked at
    reasons = found["Grand Est Hydrogen Cluster"].reasons
    assert "Both work on Hydrogen." in reasons
    assert "You seek investment; they offer it." in reasons
    assert "Both target Viet Nam." in reasons
    assert "Gifu and Strasbourg are already twinned." in reasons
    assert "A partner in Europe." in reasons
    assert found["Grand Est Hydrogen Cluster"].score > found["Food Cluster"].score


def test_the_european_side_sees_the_japanese_one(gifu, scene):
    found, _recommendations = reasons_for(scene)
    assert list(found) == ["Gifu Prefecture", "Japanese Hydrogen Cluster"]
    assert "You offer investment; they seek it." in found["Gifu Prefecture"].reasons


def test_a_nace_division_matches_its_section_partly(helpdesk):
    section = SectorFactory(scheme=SectorScheme.NACE, code="C", name_en="Manufacturing")
    division = SectorFactory(scheme=SectorScheme.NACE, code="29", name_en="Motor vehicles", parent=section)
    other_division = SectorFactory(scheme=SectorScheme.NACE, code="30", name_en="Other transport", parent=section)
    seeker = OrganisationFactory(japanese=True)
    seeker.sectors.add(division)
    exact, related = OrganisationFactory(name_en="Exact"), OrganisationFactory(name_en="Related")
    exact.sectors.add(division)
    related.sectors.add(other_division)
    refresh_all_vectors()
    found, _recommendations = reasons_for(seeker)
    assert list(found) == ["Exact", "Related"]
    assert "Related sectors: Manufacturing." in found["Related"].reasons


def test_an_empty_profile_is_told_what_is_missing(client, helpdesk):
    empty = OrganisationFactory(description_en="", description_ja="", kind=OrganisationKind.REGION)
    refresh_organisation_vector(empty.pk)
    client.force_login(MembershipFactory(organisation=empty).user)
    page = client.get(reverse("partnering:organisation-matches", kwargs={"slug": empty.slug}))
    body = page.content.decode()
    assert page.status_code == 200
    assert "the sectors you work in" in body and "your cooperation interests" in body and "a description" in body


def test_the_page_in_japanese_for_the_prefecture_officer(client, gifu, gifu_officer, scene):
    client.force_login(gifu_officer)
    page = client.get(reverse("partnering:organisation-matches", kwargs={"slug": gifu.slug}).replace("/en/", "/ja/"))
    body = page.content.decode()
    assert scene.name_ja in body
    assert "どちらも水素に取り組んでいます。" in body
    assert scene.opportunities.get().title_ja in body  # its open opportunity, to express interest in


def test_vectors_are_read_not_computed_in_a_page_request(client, gifu, gifu_officer, scene,
                                                         django_capture_on_commit_callbacks):
    client.force_login(gifu_officer)
    MatchVector.objects.filter(organisation=gifu).delete()
    page = client.get(reverse("partnering:organisation-matches", kwargs={"slug": gifu.slug}))
    assert "being prepared" in page.content.decode()
    assert not MatchVector.objects.filter(organisation=gifu).exists()
    with django_capture_on_commit_callbacks(execute=True):
        gifu.save(update_fields=["search_text"])  # what the directory does after any change
    assert MatchVector.objects.filter(organisation=gifu).exists()


def test_an_opportunity_gets_its_counterparts(client, scene, cluster_admin, hydrogen):
    opportunity = scene.opportunities.get()
    opportunity.sectors.add(hydrogen)
    refresh_all_vectors()
    found = recommend_for(vector_filter={"opportunity": opportunity}, exclude_organisation_id=scene.pk)
    assert [item.organisation.name_en for item in found.items][0] == "Gifu Prefecture"
    MembershipFactory(organisation=scene, user=cluster_admin)
    client.force_login(cluster_admin)
    page = client.get(reverse("partnering:opportunity-matches", kwargs={"reference": opportunity.reference}))
    assert "Gifu Prefecture" in page.content.decode()


@pytest.mark.parametrize("extra", [0, 5])
def test_recommendations_take_a_fixed_number_of_queries(client, gifu, gifu_officer, scene, hydrogen, extra,
                                                        django_assert_num_queries):
    for _i in range(extra):
        OrganisationFactory().sectors.add(hydrogen)
    refresh_all_vectors()
    client.force_login(gifu_officer)
    address = reverse("partnering:organisation-matches", kwargs={"slug": gifu.slug})
    client.get(address)
    with django_assert_num_queries(12):
        client.get(address)
