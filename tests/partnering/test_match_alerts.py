"""Matching profiles: a member watches for new partners matching their organisation's profile and
gets the saved searches' digest (same claim, same outbox, same one-click unsubscribe)."""

from datetime import timedelta

import pytest
from directory.factories import MembershipFactory, OrganisationFactory, SectorFactory
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone
from partnering.factories import OpportunityFactory

from ejrc.partnering.domain.alerts import save_matching_profile, send_digests
from ejrc.partnering.domain.vectors import refresh_all_vectors
from ejrc.partnering.models import MatchVector, SavedSearch

pytestmark = pytest.mark.django_db


def watching(user, organisation, frequency="daily"):
    saved = save_matching_profile(actor=user, organisation=organisation, frequency=frequency)
    SavedSearch.objects.filter(pk=saved.pk).update(sent_until=timezone.now() - timedelta(days=1))
    return saved


@pytest.fixture
def new_partners(gifu, hydrogen):
    """Gifu works on hydrogen; since yesterday a European hydrogen cluster and a hydrogen
    opportunity appeared, beside an older hydrogen cluster and a new food one."""
    food = SectorFactory(code="FOOD", name_en="Food processing", name_ja="食品加工")
    gifu.sectors.add(hydrogen)
    fresh = OrganisationFactory(name_en="Lyon Hydrogen Valley", name_ja="リヨン水素バレー")
    fresh.sectors.add(hydrogen)
    old = OrganisationFactory(name_en="Old Hydrogen Club", published_at=timezone.now() - timedelta(days=3))
    old.sectors.add(hydrogen)
    OrganisationFactory(name_en="Food Cluster").sectors.add(food)
    offer = OpportunityFactory(title_en="Electrolysers to license", title_ja="電解装置のライセンス")
    offer.sectors.add(hydrogen)
    refresh_all_vectors()
    return fresh, offer


def test_the_digest_lists_new_matching_partners_with_reasons_in_the_readers_language(
        client, gifu, gifu_officer, new_partners, django_capture_on_commit_callbacks):
    fresh, offer = new_partners
    client.force_login(gifu_officer)
    page = client.get(reverse("partnering:organisation-matches", kwargs={"slug": gifu.slug}))
    assert 'action="/en/partnering/matches/%s/alert/"' % gifu.slug in page.content.decode()
    client.post(reverse("partnering:matching-profile-alert", kwargs={"slug": gifu.slug}), {"frequency": "daily"})
    SavedSearch.objects.update(sent_until=timezone.now() - timedelta(days=1))
    with django_capture_on_commit_callbacks(execute=True):
        assert send_digests(frequency="daily") == 1
    body = mail.outbox[0].body
    assert "リヨン水素バレー" in body and offer.reference in body and "電解装置のライセンス" in body
    assert "どちらも水素に取り組んでいます。" in body
    assert "Old Hydrogen Club" not in body and "Food Cluster" not in body
    assert f"/ja/directory/{fresh.slug}/" in body
    assert f"/ja/partnering/matches/{gifu.slug}/" in body
    unsubscribe = body.split("/ja/partnering/unsubscribe/")[1].split("/")[0]
    client.logout()
    assert client.get(reverse("partnering:unsubscribe", kwargs={"token": unsubscribe})).status_code == 200
    assert not SavedSearch.objects.get().active


def test_nothing_new_that_matches_sends_nothing(gifu, gifu_officer, hydrogen, helpdesk):
    gifu.sectors.add(hydrogen)
    OrganisationFactory(name_en="Unrelated", published_at=timezone.now())
    refresh_all_vectors()
    watching(gifu_officer, gifu)
    assert send_digests(frequency="daily") == 0
    assert not mail.outbox


def test_a_run_that_crashes_half_way_mails_no_one_twice_and_skips_no_one(
        helpdesk, hydrogen, django_capture_on_commit_callbacks):
    watchers = []
    for number in range(4):
        japanese = OrganisationFactory(japanese=True, name_en=f"Japanese {number}",
                                       published_at=timezone.now() - timedelta(days=5))
        japanese.sectors.add(hydrogen)
        watchers.append((MembershipFactory(organisation=japanese).user, japanese))
    OrganisationFactory(name_en="New European Hydrogen").sectors.add(hydrogen)
    refresh_all_vectors()
    saved = [watching(user, organisation) for user, organisation in watchers]
    broken = MatchVector.objects.get(organisation=watchers[2][1])
    features = broken.features
    MatchVector.objects.filter(pk=broken.pk).update(features={})  # the third digest crashes
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(KeyError):
        send_digests(frequency="daily")
    assert sorted(m.to[0] for m in mail.outbox) == sorted(user.email for user, _o in watchers[:2])
    assert SavedSearch.objects.get(pk=saved[2].pk).sent_until < timezone.now() - timedelta(hours=20)  # not claimed
    MatchVector.objects.filter(pk=broken.pk).update(features=features)
    with django_capture_on_commit_callbacks(execute=True):
        assert send_digests(frequency="daily") == 2
        assert send_digests(frequency="daily") == 0
    assert sorted(m.to[0] for m in mail.outbox) == sorted(user.email for user, _o in watchers)


def test_only_a_member_may_watch_a_profile_and_saving_again_updates_it(client, gifu, gifu_officer, outsider):
    with pytest.raises(PermissionDenied):
        save_matching_profile(actor=outsider, organisation=gifu, frequency="daily")
    client.force_login(outsider)
    address = reverse("partnering:matching-profile-alert", kwargs={"slug": gifu.slug})
    assert client.post(address, {"frequency": "daily"}).status_code == 404
    client.force_login(gifu_officer)
    client.post(address, {"frequency": "daily"})
    client.post(address, {"frequency": "weekly"})
    client.post(address, {"frequency": "hourly"})  # refused with a message, nothing changes
    saved = SavedSearch.objects.get()
    assert (saved.target, saved.frequency, saved.organisation) == ("matches", "weekly", gifu)
    page = client.get(reverse("partnering:alerts"))
    assert "Partners for Gifu Prefecture" in page.content.decode()
