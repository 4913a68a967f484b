"""Fixtures of the directory tests: the helpdesk offices, people in each role, a valid proposal."""

import pytest
from directory.factories import (
    MembershipFactory,
    OrganisationFactory,
    StaffUserFactory,
    UserFactory,
    country,
    prefecture,
    region,
)

from ejrc.directory.models import Membership


@pytest.fixture
def organisation(helpdesk):
    return OrganisationFactory(name_en="Alpine Hydrogen Cluster", region=region())


@pytest.fixture
def admin_user(organisation):
    return MembershipFactory(organisation=organisation, role=Membership.Role.ADMIN).user


@pytest.fixture
def member_user(organisation):
    return MembershipFactory(organisation=organisation, role=Membership.Role.MEMBER).user


@pytest.fixture
def staff_user(helpdesk):
    return StaffUserFactory(office=helpdesk["strasbourg"])


@pytest.fixture
def outsider(db):
    return UserFactory()


@pytest.fixture
def proposal(helpdesk):
    """Valid revision data for a new cluster in France."""
    country("FR")
    country("VN")
    region()
    return {
        "kind": "cluster", "name_en": "Lyon Photonics Cluster", "name_ja": "リヨン・フォトニクス・クラスター",
        "description_en": "<p>Optics and <strong>photonics</strong>.</p>", "description_ja": "<p>光学</p>",
        "country": "FR", "region": "FRK", "prefecture": None, "city": "Lyon", "website": "https://photonics.example",
        "member_count": 40, "sectors": [], "interests": ["innovation", "trade"], "third_countries": ["VN"],
        "labels": [{"kind": "excellence_gold", "name_en": "", "name_ja": "", "awarded_on": "2024-03-01",
                    "expires_on": "2026-03-01"}],
        "contacts": [{"name": "Marie Curie", "name_ja": "", "role": "Manager", "email": "marie@photonics.example",
                      "phone": "", "languages": "fr, en", "visibility": "public"}],
    }


@pytest.fixture
def japanese_proposal(proposal):
    prefecture("JP-03")
    country("JP")
    return {**proposal, "name_en": "Iwate Silicon Cluster", "country": "JP", "region": None, "prefecture": "JP-03"}
