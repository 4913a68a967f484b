"""Fixtures of the helpdesk tests: the offices, places, staff of each office, and inquiries
sent the way anyone sends them (``submit_inquiry``)."""

import pytest
from directory.factories import StaffUserFactory, country, prefecture, region
from django.core.cache import cache
from helpdesk.factories import send


@pytest.fixture(autouse=True)
def _fresh_limits():
    """The form's rate limits count in the cache: each test starts from zero."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def places(helpdesk):
    return {"JP": country("JP"), "FR": country("FR"), "VN": country("VN"), "gifu": prefecture("JP-21"),
            "iwate": prefecture("JP-03"), "tokyo": prefecture("JP-13"), "grand_est": region("FRF", "Grand Est", "FR")}


@pytest.fixture
def staff(helpdesk):
    """Two staff of each office, each with the second factor staff must have."""
    return {code: [StaffUserFactory(office=office, name=f"{code.title()} {n}") for n in (1, 2)]
            for code, office in helpdesk.items()}


@pytest.fixture
def inquiry(places, staff):
    """An English inquiry from France: the Strasbourg office's."""
    return send(places, name="Claire Martin")


@pytest.fixture
def japanese_inquiry(places, staff):
    return send(places, where="gifu", topic="partner_search", language="ja", message="欧州の代理店を探しています。",
                email="hanako@example.jp")
