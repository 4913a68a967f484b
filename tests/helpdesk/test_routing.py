"""Which office validates a profile: the routing rules and their configuration by Office rows."""

import pytest
from directory.factories import country, prefecture
from django.core.exceptions import ValidationError

from ejrc.helpdesk.domain.routing import responsible_office
from ejrc.helpdesk.models import Office


def test_routing_sends_european_and_third_countries_to_strasbourg_and_japan_by_area(helpdesk):
    assert responsible_office(country=country("FR"), prefecture=None).code == "strasbourg"
    assert responsible_office(country=country("VN"), prefecture=None).code == "strasbourg"
    assert responsible_office(country=country("JP"), prefecture=prefecture("JP-21")).code == "gifu"
    assert responsible_office(country=country("JP"), prefecture=prefecture("JP-03")).code == "iwate"


def test_routing_follows_the_office_configuration(helpdesk):
    iwate = helpdesk["iwate"]
    iwate.japanese_areas = ["chubu"]
    iwate.save()
    gifu = helpdesk["gifu"]
    gifu.japanese_areas = ["tohoku"]
    gifu.save()
    assert responsible_office(country=country("JP"), prefecture=prefecture("JP-21")).code == "iwate"


def test_without_any_office_the_submission_is_refused_with_a_message(db):
    Office.objects.all().delete()
    with pytest.raises(ValidationError, match="No helpdesk office"):
        responsible_office(country=country("FR"), prefecture=None)
