"""Fixtures of the helpdesk tests: the offices, places, staff of each office, and inquiries
sent the way anyone sends them (``submit_inquiry``)."""

import pytest
from directory.factories import StaffUserFactory, country, prefecture, region
from django.core.cache import cache

from ejrc.helpdesk.domain.inquiries import submit_inquiry


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


def send(places, *, where="FR", topic="funding", language="en", message="How can we fund a mission?", **extra):
    """An inquiry from ``where`` (a country code, or ``gifu``/``iwate``/``tokyo`` for Japan)."""
    japanese = where in {"gifu", "iwate", "tokyo"}
    data = {"actor": None, "topic": topic, "side": "japan" if japanese else "eu",
            "country": places["JP"] if japanese else places[where], "prefecture": places[where] if japanese else None,
            "email": "sender@example.org", "message": message, "language": language}
    data.update(extra)
    return submit_inquiry(**data)


@pytest.fixture
def inquiry(places, staff):
    """An English inquiry from France: the Strasbourg office's."""
    return send(places, name="Claire Martin")


@pytest.fixture
def japanese_inquiry(places, staff):
    return send(places, where="gifu", topic="partner_search", language="ja", message="欧州の代理店を探しています。",
                email="hanako@example.jp")
