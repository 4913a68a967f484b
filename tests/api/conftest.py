"""Fixtures of the API tests: people with tokens, published profiles, and a JSON client."""

import pytest
from api.helpers import Api, published, token_of
from directory.factories import MembershipFactory, UserFactory, offices, region
from django.core.cache import cache

from ejrc.directory.models import Membership


@pytest.fixture(autouse=True)
def _fresh_rate_counts():
    """Rate limits count in the cache; each test starts from zero."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def people(db):
    """An admin and a member of a published French cluster, and a member of another one."""
    offices()
    organisation = published(name_en="Alpine Hydrogen Valley", name_ja="アルプス水素バレー",
                             slug="alpine-hydrogen-valley", region=region())
    other = published(name_en="Gifu Ceramics Cluster", name_ja="岐阜セラミックスクラスター",
                      slug="gifu-ceramics", japanese=True)
    admin = MembershipFactory(organisation=organisation, role=Membership.Role.ADMIN).user
    member = MembershipFactory(organisation=organisation, role=Membership.Role.MEMBER).user
    stranger = MembershipFactory(organisation=other, role=Membership.Role.ADMIN).user
    return {"organisation": organisation, "other": other, "admin": admin, "member": member,
            "stranger": stranger, "nobody": UserFactory()}


@pytest.fixture
def api(client):
    return Api(client)


@pytest.fixture
def as_user(client):
    """``as_user(user)``: an Api calling with a fresh token of ``user``."""
    return lambda user: Api(client, token_of(user))
