"""One way to show a profile everywhere: names in both languages, "possibly outdated", NACE labels."""

from datetime import timedelta

import pytest
from directory.factories import OrganisationFactory, ProfileRevisionFactory, SectorFactory
from django.urls import reverse
from django.utils import timezone, translation

from ejrc.directory.domain.diff import FIELD_LABELS, revision_diff
from ejrc.directory.domain.search import refresh_search_text
from ejrc.directory.domain.staleness import is_possibly_outdated
from ejrc.directory.forms import sector_choices
from ejrc.directory.models import OrganisationStatus, SectorScheme

pytestmark = pytest.mark.django_db
BADGE = "Possibly outdated"


def pages(client, organisation, language="en"):
    """The profile page and the search page, as one viewer in ``language`` sees them."""
    with translation.override(language):
        profile, search = organisation.get_absolute_url(), reverse("directory:search")
    return client.get(profile).content.decode(), client.get(search).content.decode()


def confirmed_days_ago(days, **fields):
    organisation = OrganisationFactory(confirmed_at=timezone.now() - timedelta(days=days), **fields)
    refresh_search_text(organisation)
    return organisation


@pytest.mark.parametrize(("confirm_days", "outdated"), [(365, False), (30, True)])
def test_profile_page_and_search_card_agree_on_possibly_outdated(client, settings, confirm_days, outdated):
    settings.EJRC_PROFILE_CONFIRM_DAYS = confirm_days
    organisation = confirmed_days_ago(40, name_en="Forty Days Cluster")
    assert is_possibly_outdated(organisation) is outdated
    profile, search = pages(client, organisation)
    title = f'title="Not confirmed as current for more than {confirm_days} days"'
    for html in (profile, search):
        assert "Forty Days Cluster" in html
        assert (BADGE in html) is outdated
        assert (title in html) is outdated


def test_the_badge_is_in_japanese_too(client, settings):
    settings.EJRC_PROFILE_CONFIRM_DAYS = 30
    organisation = confirmed_days_ago(40)
    for html in pages(client, organisation, "ja"):
        assert "情報が古い可能性あり" in html and "30日以上" in html and BADGE not in html


def test_the_rule_at_its_edges():
    now = timezone.now()
    never = OrganisationFactory.build(confirmed_at=None)
    pending = OrganisationFactory.build(confirmed_at=None, status=OrganisationStatus.PENDING)
    fresh = OrganisationFactory.build(confirmed_at=now - timedelta(days=364))
    due = OrganisationFactory.build(confirmed_at=now - timedelta(days=365))
    assert is_possibly_outdated(never, now=now) and is_possibly_outdated(due, now=now)
    assert not is_possibly_outdated(fresh, now=now) and not is_possibly_outdated(pending, now=now)
    assert due.is_possibly_outdated and not fresh.is_possibly_outdated


@pytest.mark.parametrize(("language", "main", "other"), [("en", "en", "ja"), ("ja", "ja", "en")])
def test_profile_and_card_show_the_name_in_the_viewers_language_first(client, language, main, other):
    organisation = OrganisationFactory(name_en="Gifu Aerospace", name_ja="岐阜航空宇宙", japanese=True)
    refresh_search_text(organisation)
    names = {"en": "Gifu Aerospace", "ja": "岐阜航空宇宙"}
    profile, search = pages(client, organisation, language)
    assert f'<h1 lang="{main}">{names[main]}</h1>' in profile
    assert f'<p class="other-language" lang="{other}">{names[other]}</p>' in profile
    assert f'lang="{main}">{names[main]}</a></h2>' in search
    assert f'<p class="other-name" lang="{other}">{names[other]}</p>' in search


def test_a_profile_without_japanese_shows_english_marked_as_english(client):
    organisation = OrganisationFactory(name_en="Lyon Photonics", name_ja="", description_ja="")
    profile, _ = pages(client, organisation, "ja")
    assert '<h1 lang="en">Lyon Photonics</h1>' in profile
    assert 'class="other-language"' not in profile and '<div class="other"' not in profile
    assert '<div lang="en"><p>A cluster of companies.</p></div>' in profile


@pytest.mark.parametrize(("language", "label", "cluster_label"), [
    ("en", "C29 · Manufacture of motor vehicles", "Automotive"), ("ja", "C29 · 自動車製造業", "自動車"),
])
def test_nace_sectors_lead_with_their_code_everywhere(client, language, label, cluster_label):
    nace = SectorFactory(scheme=SectorScheme.NACE, code="C29", name_en="Manufacture of motor vehicles",
                         name_ja="自動車製造業")
    cluster = SectorFactory(scheme=SectorScheme.CLUSTER_SECTOR, code="auto", name_en="Automotive",
                            name_ja="自動車")
    organisation = OrganisationFactory()
    organisation.sectors.add(nace, cluster)
    refresh_search_text(organisation)
    revision = ProfileRevisionFactory(organisation=organisation, data={"sectors": ["nace:C29", "cluster:auto"]})
    profile, search = pages(client, organisation, language)
    with translation.override(language):
        choices = dict(choice for _, group in sector_choices() for choice in group)
        proposed = {str(row[0]): row[2] for row in revision_diff(revision)}[str(FIELD_LABELS["sectors"])]
        nace_label = str(SectorScheme.NACE.label)
    assert choices["nace:C29"] == label
    assert choices["cluster:auto"] == cluster_label
    assert f"{nace_label}: {label}" in proposed.splitlines()
    for html in (profile, search):
        assert f'<li class="badge">{label}</li>' in html or f'<span class="badge">{label}</span>' in html
