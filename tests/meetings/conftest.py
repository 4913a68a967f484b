import pytest
from directory.factories import StaffUserFactory
from events.conftest import cluster_manager, prefecture_officer  # noqa: F401 - the journey's two people
from meetings.factories import b2b_event, participants


@pytest.fixture
def organiser(helpdesk):
    return StaffUserFactory(office=helpdesk["strasbourg"], time_zone="Europe/Paris")


@pytest.fixture
def event(organiser):
    return b2b_event(organiser=organiser)


@pytest.fixture
def four(event):
    """Two Europeans and two Japanese, in that order: eu, jp, eu, jp."""
    return participants(event, 4)
