"""Fixtures of the privacy tests: a person with an organisation, a contact request and a consent."""

import pytest
from directory.factories import ContactRequestFactory, MembershipFactory, OrganisationFactory, UserFactory
from django.utils import translation

from ejrc.directory.models import Membership

PASSWORD = "a-good-password-1"  # the factories' password


@pytest.fixture
def fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def english():
    translation.activate("en")
    yield
    translation.activate("en")


@pytest.fixture
def hanako(db, fast_passwords, english):
    """A member of one organisation (with another admin) and sole admin of another."""
    user = UserFactory(email="hanako@example.jp", name="Hanako Sato")
    shared = OrganisationFactory(name_en="Gifu Ceramics Cluster", japanese=True)
    MembershipFactory(organisation=shared, user=user, role=Membership.Role.ADMIN)
    MembershipFactory(organisation=shared, role=Membership.Role.ADMIN)
    alone = OrganisationFactory(name_en="Mino Paper Network", japanese=True)
    MembershipFactory(organisation=alone, user=user, role=Membership.Role.ADMIN)
    ContactRequestFactory(requester=user, organisation=OrganisationFactory(name_en="Lyon Optics"),
                          message="Hanako's private message to Lyon")
    return user
