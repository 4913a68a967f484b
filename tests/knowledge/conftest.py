"""Fixtures of the knowledge tests: a published French cluster with a member, a Japanese
prefecture, staff of the responsible office (Strasbourg) and of another (Gifu)."""

import pytest
from django.core.cache import cache
from directory.factories import MembershipFactory, OrganisationFactory, StaffUserFactory

from ejrc.directory.models import Membership, OrganisationKind


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """The subscription limit counts in the cache, which outlives a test: each test starts at 0."""
    cache.clear()


@pytest.fixture
def cluster(helpdesk):
    return OrganisationFactory(name_en="Alsace Hydrogen Cluster", name_ja="アルザス水素クラスター", slug="alsace-h2")


@pytest.fixture
def gifu(helpdesk):
    return OrganisationFactory(japanese=True, kind=OrganisationKind.PREFECTURE, name_en="Gifu Prefecture",
                               name_ja="岐阜県", slug="gifu-pref")


@pytest.fixture
def author(cluster):
    return MembershipFactory(organisation=cluster, role=Membership.Role.ADMIN).user


@pytest.fixture
def staff(helpdesk):
    return StaffUserFactory(office=helpdesk["strasbourg"])


@pytest.fixture
def gifu_staff(helpdesk):
    return StaffUserFactory(office=helpdesk["gifu"])
