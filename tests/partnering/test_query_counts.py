"""The list pages partnering had no count for: the same number of queries with one row and with
several (saved searches and matching profiles, the validation queue, a contact's conversation)."""

import pytest
from directory.factories import MembershipFactory, OrganisationFactory
from django.urls import reverse
from partnering.factories import OpportunityFactory

from ejrc.partnering.domain.alerts import save_matching_profile, save_search
from ejrc.partnering.domain.interests import answer_interest, express_interest, post_message

pytestmark = pytest.mark.django_db


def count_twice(client, address, django_assert_num_queries, expected):
    client.get(address)
    with django_assert_num_queries(expected):
        page = client.get(address)
    assert page.status_code == 200
    return page.content.decode()


@pytest.mark.parametrize("rows", [1, 4])
def test_saved_searches_and_matching_profiles(client, gifu, gifu_officer, rows, django_assert_num_queries):
    for number in range(rows):
        save_search(actor=gifu_officer, target="opportunities", query_string=f"q=word{number}", frequency="daily")
        other = OrganisationFactory(japanese=True, name_en=f"Ogaki {number}")
        MembershipFactory(organisation=other, user=gifu_officer)
        save_matching_profile(actor=gifu_officer, organisation=other, frequency="weekly")
    client.force_login(gifu_officer)
    body = count_twice(client, reverse("partnering:alerts"), django_assert_num_queries, 3)
    assert body.count("Ogaki") == rows


@pytest.mark.parametrize("rows", [1, 4])
def test_the_validation_queue(client, staff, cluster, rows, django_assert_num_queries):
    for _row in range(rows):
        OpportunityFactory(organisation=cluster, status="pending", published_at=None)
    client.force_login(staff)
    count_twice(client, reverse("partnering:validation-queue"), django_assert_num_queries, 4)


@pytest.mark.parametrize("rows", [1, 6])
def test_a_conversation(client, cluster, cluster_admin, gifu, gifu_officer, rows, django_assert_num_queries):
    interest = express_interest(actor=gifu_officer, opportunity=OpportunityFactory(organisation=cluster),
                                organisation=gifu, message="Hello")
    answer_interest(actor=cluster_admin, interest=interest, accept=True)
    for number in range(rows):
        post_message(actor=cluster_admin if number % 2 else gifu_officer, interest=interest, body=f"Message {number}")
    client.force_login(gifu_officer)
    body = count_twice(client, reverse("partnering:interest", kwargs={"pk": interest.pk}),
                       django_assert_num_queries, 8)
    assert body.count("Message ") >= rows
