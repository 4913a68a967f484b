"""The public figures and page parts in the real Redis: cached, and a change shows at once.

Each test shows both sides: a change that bypasses the models (``QuerySet.update``) is not
seen, so the page really comes from the cache; a change through the models is seen at once.
"""

import pytest
from directory.factories import OrganisationFactory, SectorFactory, prefecture
from django.core.cache import cache
from django.test import override_settings
from partnering.factories import OpportunityFactory
from worker_support import REDIS_URL, require_redis

from ejrc.core.cache import new_generation
from ejrc.directory.domain.search import refresh_search_text
from ejrc.directory.models import Organisation, OrganisationStatus
from ejrc.partnering.models import Opportunity

pytestmark = pytest.mark.django_db
REDIS_CACHE = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}


@pytest.fixture(autouse=True)
def redis_cache():
    require_redis()
    with override_settings(CACHES=REDIS_CACHE, EJRC_PUBLIC_CACHE_SECONDS=600):
        assert type(cache._cache).__name__ == "RedisCacheClient"
        new_generation()  # nothing another test cached
        yield


def europe_count(client):
    return client.get("/en/").context["counts"]["europe"]


def test_home_figures_come_from_the_cache_and_follow_every_change(client):
    first = OrganisationFactory(name_en="Lyon Optics")
    assert europe_count(client) == 1
    Organisation.objects.filter(pk=first.pk).update(status=OrganisationStatus.ARCHIVED)  # no signal
    assert europe_count(client) == 1  # served from the cache
    OrganisationFactory(name_en="Alsace Bio")
    assert europe_count(client) == 1  # the archived one is now counted afresh, the new one too
    second = Organisation.objects.get(name_en="Alsace Bio")
    second.status = OrganisationStatus.ARCHIVED
    second.save()
    assert europe_count(client) == 0


def test_facet_counts_follow_a_new_sector_at_once(client):
    organisation = OrganisationFactory(name_en="Hydrogen valley")
    refresh_search_text(organisation)
    hydrogen = SectorFactory(name_en="Hydrogen", name_ja="水素")

    def sector_options():
        facets = client.get("/en/directory/").context["results"].facets
        return [option.label for facet in facets if facet.key == "sector" for option in facet.options
                for option in [option, *option.children]]
    assert "Hydrogen" not in sector_options()
    organisation.sectors.add(hydrogen)  # m2m_changed
    assert "Hydrogen" in sector_options()


def test_a_place_page_shows_a_new_profile_at_once(client):
    gifu = prefecture("JP-21")
    OrganisationFactory(japanese=True, name_en="Gifu Aero")
    page = client.get(f"/en/places/jp/{gifu.code}/").content.decode()
    assert "Gifu Aero" in page
    OrganisationFactory(japanese=True, name_en="Mino Paper")
    assert "Mino Paper" in client.get(f"/en/places/jp/{gifu.code}/").content.decode()


def test_open_opportunities_on_the_home_page_follow_a_withdrawal(client):
    def shown(count):
        return f"<strong>{count}</strong> open cooperation opportunities" in client.get("/en/").content.decode()
    opportunity = OpportunityFactory()
    assert shown(1)
    Opportunity.objects.filter(pk=opportunity.pk).update(status="withdrawn")  # no signal
    assert shown(1)
    opportunity.refresh_from_db()
    opportunity.save()
    assert shown(0)
