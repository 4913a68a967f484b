"""Fixtures of the partnering tests: offices, a European cluster and a Japanese prefecture
with their members, helpdesk staff, and valid opportunity data."""

from datetime import timedelta

import pytest
from directory.factories import (
    MembershipFactory,
    OrganisationFactory,
    SectorFactory,
    StaffUserFactory,
    UserFactory,
    country,
    prefecture,
)
from django.utils import timezone

from ejrc.directory.models import Membership, OrganisationKind


@pytest.fixture
def cluster(helpdesk):
    """A published European cluster."""
    return OrganisationFactory(name_en="Alsace Hydrogen Cluster", name_ja="アルザス水素クラスター")


@pytest.fixture
def gifu(helpdesk):
    """A published Japanese prefecture."""
    return OrganisationFactory(japanese=True, kind=OrganisationKind.PREFECTURE, name_en="Gifu Prefecture",
                               name_ja="岐阜県")


@pytest.fixture
def cluster_admin(cluster):
    return MembershipFactory(organisation=cluster, role=Membership.Role.ADMIN).user


@pytest.fixture
def gifu_officer(gifu):
    user = MembershipFactory(organisation=gifu, role=Membership.Role.MEMBER).user
    user.preferred_language = "ja"
    user.save(update_fields=["preferred_language"])
    return user


@pytest.fixture
def staff(helpdesk):
    return StaffUserFactory(office=helpdesk["strasbourg"])


@pytest.fixture
def outsider(db):
    return UserFactory()


@pytest.fixture
def hydrogen(db):
    return SectorFactory(code="H2", name_en="Hydrogen", name_ja="水素")


@pytest.fixture
def offer(hydrogen):
    """Valid data for a technology offer (what the form's cleaned_data gives)."""
    country("VN")
    prefecture("JP-21")
    return {
        "direction": "offer", "kind": "technology", "title_en": "Electrolyser know-how",
        "title_ja": "電解装置のノウハウ", "summary_en": "We offer electrolyser testing.",
        "summary_ja": "電解装置の試験を提供します。", "sectors": [hydrogen], "partner_side": "japan",
        "partner_kinds": ["prefecture", "cluster"], "partner_countries": [country("JP")],
        "partner_regions": [], "partner_prefectures": [prefecture("JP-21")], "third_countries": [],
        "call_identifier": "", "call_deadline": None,
        "expires_on": timezone.localdate() + timedelta(days=120),
    }
