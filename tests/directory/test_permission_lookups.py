"""The viewer's memberships are looked up once per request, however many checks a page makes."""

import pytest
from directory.factories import ContactFactory, MembershipFactory, OrganisationFactory
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ejrc.directory.models import Membership


def membership_lookups(client, url, user):
    client.force_login(user)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    table = Membership._meta.db_table
    own = f'"{table}"."user_id" = {user.pk}'
    return [q["sql"] for q in queries.captured_queries if f'FROM "{table}"' in q["sql"] and own in q["sql"]]


@pytest.mark.parametrize("role", ["admin", "member"])
def test_the_profile_page_asks_for_the_viewers_memberships_once(client, organisation, role):
    ContactFactory(organisation=organisation, visibility="members")
    user = MembershipFactory(organisation=organisation, role=role).user
    MembershipFactory(user=user, organisation=OrganisationFactory())
    assert len(membership_lookups(client, organisation.get_absolute_url(), user)) == 1


def test_my_organisations_asks_once_for_any_number_of_organisations(client, organisation, admin_user):
    for _ in range(3):
        MembershipFactory(user=admin_user, organisation=OrganisationFactory(), role=Membership.Role.MEMBER)
    lookups = membership_lookups(client, reverse("directory:mine"), admin_user)
    assert len(lookups) == 2  # the page's own list, and the permission look-up behind every can_* answer
