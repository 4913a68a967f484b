"""Saved searches and digests: what is new, in the reader's language, never twice, never skipped."""

from datetime import timedelta

import pytest
from directory.factories import OrganisationFactory, UserFactory
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from partnering.factories import OpportunityFactory

from ejrc.partnering.domain.alerts import save_search, send_digests
from ejrc.partnering.models import SavedSearch

pytestmark = pytest.mark.django_db


def saved(user, target="opportunities", query_string="", frequency="daily", days_ago=1):
    search = save_search(actor=user, target=target, query_string=query_string, frequency=frequency)
    SavedSearch.objects.filter(pk=search.pk).update(sent_until=timezone.now() - timedelta(days=days_ago))
    return SavedSearch.objects.get(pk=search.pk)


def published(days_ago=0, **fields):
    return OpportunityFactory(published_at=timezone.now() - timedelta(days=days_ago, minutes=1), **fields)


def test_a_digest_lists_only_what_is_new_and_matches_in_the_readers_language(
        helpdesk, gifu_officer, cluster_admin, django_capture_on_commit_callbacks):
    saved(gifu_officer, query_string="q=hydrogen")
    saved(cluster_admin, query_string="q=hydrogen&type=technology&nonsense=1")
    published(title_en="Hydrogen buses", title_ja="水素バス")
    published(title_en="Sake exports")
    published(days_ago=3, title_en="Old hydrogen news")
    with django_capture_on_commit_callbacks(execute=True):
        assert send_digests(frequency="daily") == 2
    to_officer = next(m for m in mail.outbox if m.to == [gifu_officer.email])
    assert "水素バス" in to_officer.body and "Sake" not in to_officer.body and "Old" not in to_officer.body
    assert "新しい結果" in to_officer.subject and "/ja/partnering/unsubscribe/" in to_officer.body
    assert "/en/partnering/?q=hydrogen&type=technology" in next(m for m in mail.outbox if m.to == [cluster_admin.email]).body


def test_a_run_that_stops_half_way_and_runs_again_sends_each_digest_once(helpdesk, django_capture_on_commit_callbacks):
    readers = [UserFactory() for _i in range(4)]
    for reader in readers:
        saved(reader)
    published(title_en="Something new")
    with django_capture_on_commit_callbacks(execute=True):
        assert send_digests(frequency="daily", stop_after=2) == 2  # stopped, as a crash would
        assert send_digests(frequency="daily") == 2
        assert send_digests(frequency="daily") == 0
    assert sorted(m.to[0] for m in mail.outbox) == sorted(r.email for r in readers)


def test_weekly_ones_wait_a_week_and_nothing_new_sends_nothing(helpdesk, outsider):
    weekly = saved(outsider, frequency="weekly", days_ago=3)
    published(title_en="New")
    assert send_digests(frequency="weekly") == 0
    SavedSearch.objects.filter(pk=weekly.pk).update(sent_until=timezone.now() - timedelta(days=7))
    assert send_digests(frequency="weekly") == 1
    assert send_digests(frequency="weekly", now=timezone.now() + timedelta(days=7)) == 0  # nothing newer


def test_new_organisations_of_the_directory_can_be_watched(helpdesk, outsider, django_capture_on_commit_callbacks):
    saved(outsider, target="organisations", query_string="country=JP")
    OrganisationFactory(japanese=True, name_en="Ogaki Robotics")
    OrganisationFactory(name_en="Lyon Robotics")
    with django_capture_on_commit_callbacks(execute=True):
        assert send_digests(frequency="daily") == 1
    assert "Ogaki Robotics" in mail.outbox[0].body and "Lyon" not in mail.outbox[0].body


def test_bad_saved_searches_are_refused(outsider):
    with pytest.raises(ValidationError):
        save_search(actor=outsider, target="everything", query_string="", frequency="daily")


def test_one_click_unsubscribe_without_signing_in_and_resume(client, helpdesk, outsider):
    search = saved(outsider)
    address = reverse("partnering:unsubscribe", kwargs={"token": search.token})
    page = client.get(address)
    assert page.status_code == 200 and not SavedSearch.objects.get().active
    published(title_en="New")
    assert send_digests(frequency="daily") == 0
    client.post(address, {"resume": "yes"})
    assert SavedSearch.objects.get().active
    assert client.get(reverse("partnering:unsubscribe", kwargs={"token": "nope"})).status_code == 404


def test_saving_from_the_board_and_deleting(client, helpdesk, outsider):
    client.force_login(outsider)
    board = client.get(reverse("partnering:board"), {"q": "hydrogen", "page": "2"}).content.decode()
    assert 'name="query_string" value="q=hydrogen"' in board
    client.post(reverse("partnering:alerts"), {"target": "opportunities", "query_string": "q=hydrogen",
                                               "frequency": "weekly"})
    search = SavedSearch.objects.get()
    assert (search.name, search.query_string) == ("hydrogen", "q=hydrogen")
    other = UserFactory()
    client.force_login(other)
    assert client.post(reverse("partnering:alert-delete", kwargs={"pk": search.pk})).status_code == 404
    client.force_login(outsider)
    client.post(reverse("partnering:alert-delete", kwargs={"pk": search.pk}))
    assert not SavedSearch.objects.exists()
