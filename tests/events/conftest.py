"""Fixtures of the events tests: an organiser, a European and a Japanese participant."""

import pytest
from directory.factories import MembershipFactory, OrganisationFactory, StaffUserFactory, UserFactory
from events.factories import make_event

from ejrc.directory.models import Membership, OrganisationKind


@pytest.fixture
def organiser(helpdesk):
    return StaffUserFactory(office=helpdesk["strasbourg"], time_zone="Europe/Paris")


@pytest.fixture
def event(organiser):
    return make_event(organiser=organiser)


def _participant(*, email, time_zone, language, **organisation):
    person = UserFactory(email=email, time_zone=time_zone, preferred_language=language)
    MembershipFactory(user=person, organisation=OrganisationFactory(**organisation), role=Membership.Role.MEMBER)
    return person


@pytest.fixture
def cluster_manager(helpdesk):
    """A European cluster manager who reads the site in Strasbourg's zone."""
    return _participant(email="manager@cluster.example", time_zone="Europe/Paris", language="en",
                        name_en="Alsace BioValley")


@pytest.fixture
def prefecture_officer(helpdesk):
    """A Japanese prefecture officer who reads the site in Tokyo's zone, in Japanese."""
    return _participant(email="officer@pref.gifu.example", time_zone="Asia/Tokyo", language="ja",
                        japanese=True, kind=OrganisationKind.PREFECTURE, name_en="Gifu Prefecture",
                        name_ja="岐阜県")

