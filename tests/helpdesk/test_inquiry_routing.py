"""How inquiries route: by place for every topic, unless an office takes a topic from everywhere."""

import pytest
from helpdesk.factories import send

from ejrc.helpdesk.domain.routing import inquiry_office
from ejrc.helpdesk.models import Topic

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("topic", Topic.values)
def test_every_topic_goes_by_place_by_default(places, topic):
    assert inquiry_office(topic=topic, country=places["JP"], prefecture=places["gifu"]).code == "gifu"
    assert inquiry_office(topic=topic, country=places["JP"], prefecture=places["iwate"]).code == "iwate"
    assert inquiry_office(topic=topic, country=places["JP"], prefecture=places["tokyo"]).code == "iwate"  # Kanto
    assert inquiry_office(topic=topic, country=places["FR"]).code == "strasbourg"
    assert inquiry_office(topic=topic, country=places["VN"]).code == "strasbourg"


def test_an_office_that_takes_a_topic_gets_it_from_every_place(places, helpdesk):
    iwate = helpdesk["iwate"]
    iwate.inquiry_topics = ["trade_agreement"]
    iwate.save()
    assert send(places, where="FR", topic="trade_agreement").office == iwate
    assert send(places, where="gifu", topic="trade_agreement").office == iwate
    assert send(places, where="FR", topic="funding").office.code == "strasbourg"
