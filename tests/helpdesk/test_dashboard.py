"""The dashboard's figures: open inquiries and their age, first-response median and p90, by office
and topic, in a fixed number of queries."""

from datetime import timedelta

import pytest
from helpdesk.factories import send

from ejrc.helpdesk.domain import inquiries
from ejrc.helpdesk.domain.dashboard import dashboard, percentile
from ejrc.helpdesk.models import Inquiry

pytestmark = pytest.mark.django_db


def test_percentile_is_the_nearest_rank():
    assert percentile([], 0.9) is None
    assert percentile([5], 0.9) == 5
    assert percentile(list(range(1, 11)), 0.9) == 9
    assert percentile(list(range(1, 11)), 0.5) == 5
    assert percentile(list(range(1, 21)), 0.9) == 18


def answered_after(places, staff, hours, **extra):
    inquiry = send(places, **extra)
    inquiries.reply(actor=staff[inquiry.office.code][0], inquiry=inquiry, body="Answer.")
    inquiry.refresh_from_db()
    Inquiry.objects.filter(pk=inquiry.pk).update(created=inquiry.first_response_at - timedelta(hours=hours))
    return inquiry


def test_figures_by_office_and_topic(places, staff):
    for hours in (1, 2, 3, 4, 10):
        answered_after(places, staff, hours, topic="funding")
    answered_after(places, staff, 30, where="gifu", topic="events")
    waiting = send(places, where="iwate", topic="events")
    Inquiry.objects.filter(pk=waiting.pk).update(created=waiting.created - timedelta(hours=50))
    figures = dashboard()
    by_office = {office.code: numbers for office, numbers in figures["offices"]}
    assert by_office["strasbourg"]["first_response_median_hours"] == pytest.approx(3, abs=0.01)
    assert by_office["strasbourg"]["first_response_p90_hours"] == pytest.approx(10, abs=0.01)
    assert by_office["strasbourg"]["open"] == 5 and by_office["strasbourg"]["waiting"] == 0
    assert by_office["iwate"]["waiting"] == 1 and by_office["iwate"]["oldest_open_hours"] == pytest.approx(50, abs=0.1)
    assert by_office["iwate"]["first_response_median_hours"] is None
    by_topic = {label: numbers for label, numbers in figures["topics"]}
    assert by_topic["Events"]["answered"] == 1 and by_topic["Events"]["open"] == 2
    assert figures["total"]["answered"] == 6


def test_the_page_shows_the_figures_in_constant_queries(client, places, staff, django_assert_num_queries):
    client.force_login(staff["gifu"][0])
    answered_after(places, staff, 2)
    with django_assert_num_queries(QUERIES):
        page = client.get("/en/helpdesk/dashboard/").content.decode()
    assert "2.0 h" in page
    for hours in (3, 5, 60):
        answered_after(places, staff, hours, where="gifu")
    with django_assert_num_queries(QUERIES):
        page = client.get("/ja/helpdesk/dashboard/").content.decode()
    assert "岐阜事務所" in page and "2.5日" in page


QUERIES = 5  # session, user, second factor, the inquiries' columns, the offices
