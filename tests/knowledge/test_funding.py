"""Funding: deadlines in the past refused on entry and shown closed once passed, the calendar
and its iCalendar feed, suggestions with reasons, the RIT eligibility check."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Calendar
from knowledge.factories import instrument

from ejrc.knowledge.domain import suggestions
from ejrc.knowledge.domain.rit import MET, NOT_MET, UNKNOWN, check_rit
from ejrc.knowledge.models import Deadline


def test_a_deadline_in_the_past_is_refused_with_a_clear_message(db):
    programme = instrument(deadline_in_days=None)
    deadline = Deadline(instrument=programme, closes_on=timezone.localdate() - timedelta(days=1))
    with pytest.raises(ValidationError, match="is in the past"):
        deadline.full_clean()


def test_the_admin_refuses_a_past_deadline_and_keeps_what_was_typed(admin_client, db):
    past = (timezone.localdate() - timedelta(days=3)).isoformat()
    response = admin_client.post(reverse("admin:knowledge_instrument_add"), {
        "slug": "new-programme", "name_en": "New programme", "summary_en": "Funds things.", "currency": "EUR",
        "position": 0, "deadlines-TOTAL_FORMS": 1, "deadlines-INITIAL_FORMS": 0,
        "deadlines-0-closes_on": past, "deadlines-0-label_en": "First call",
    })
    assert response.status_code == 200 and "is in the past" in response.content.decode()
    assert "New programme" in response.content.decode()


def test_a_deadline_that_passed_stays_and_shows_as_closed(client, db):
    programme = instrument(deadline_in_days=None)
    deadline = Deadline.objects.create(instrument=programme, closes_on=timezone.localdate() - timedelta(days=5))
    deadline.full_clean()  # unchanged: accepted
    assert deadline.is_closed
    assert "closed" in client.get(reverse("knowledge:funding-calendar")).content.decode()


def test_the_ics_feed_lists_each_deadline_as_an_all_day_event(client, db):
    programme = instrument(deadline_in_days=30)
    calendar = Calendar.from_ical(client.get(reverse("knowledge:funding-ics")).content)
    [event] = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == timezone.localdate() + timedelta(days=30)
    assert str(event["summary"]) == "Horizon Test: Call one"
    with translation.override("ja"):
        calendar = Calendar.from_ical(client.get(reverse("knowledge:funding-ics")).content)
    assert str(calendar.walk("VEVENT")[0]["summary"]) == "ホライズン試験: 第1回"
    assert programme.slug in str(event["url"])


def test_suggestions_say_why_in_the_viewers_language(cluster, gifu):
    instrument("open-to-all", always_open=True, deadline_in_days=None)
    instrument("europe-clusters", name_en="Cluster action", eu_side=True, japan_side=False,
               organisation_kinds=["cluster"])
    instrument("closed", name_en="Closed programme", deadline_in_days=None)  # no open call
    found = {s.instrument.slug: s.reasons for s in suggestions.for_organisation(cluster)}
    assert set(found) == {"open-to-all", "europe-clusters"}
    assert "Open to applicants in Europe: Alsace Hydrogen Cluster is in France." in found["europe-clusters"]
    assert any(reason.startswith("It funds organisations like Alsace") for reason in found["europe-clusters"])
    assert [s.instrument.slug for s in suggestions.for_organisation(gifu)] == ["open-to-all"]
    with translation.override("ja"):
        [reasons] = [s.reasons for s in suggestions.for_organisation(gifu)]
    assert "いつでも応募できます。" in reasons


def test_a_pair_gets_the_instruments_both_may_apply_to(cluster, gifu):
    instrument("both", always_open=True, deadline_in_days=None)
    instrument("europe-only", japan_side=False)
    pairs = suggestions.for_pair(cluster, gifu)
    assert [instrument.slug for instrument, _first, _second in pairs] == ["both"]


def test_the_opportunity_page_shows_suggestions_through_the_directory_hook(client, cluster, author):
    from datetime import timedelta as days

    from ejrc.partnering.domain.references import allocate_reference
    from ejrc.partnering.models import Opportunity

    instrument("research-only", name_en="Research fund", opportunity_kinds=["research"])
    instrument("business-only", name_en="Business fund", opportunity_kinds=["business"])
    opportunity = Opportunity.objects.create(
        reference=allocate_reference(), organisation=cluster, direction="offer", kind="research",
        call_identifier="HORIZON-X", title_en="Partner wanted", summary_en="We seek.", status="published",
        office=cluster.office, expires_on=timezone.localdate() + days(days=30))
    page = client.get(opportunity.get_absolute_url()).content.decode()
    assert "Research fund" in page and "Business fund" not in page
    assert "It funds this kind of cooperation" in page


def test_the_rit_check_says_met_not_met_or_unknown():
    states = [c.state for c in check_rit(smes=6, participants=8, self_funding=40, english_secretariat=True,
                                         named_leader=False)]
    assert states == [MET, MET, NOT_MET, MET, NOT_MET, UNKNOWN]
    assert [c.state for c in check_rit()] == [UNKNOWN] * 6
    assert check_rit(smes=9, participants=3)[1].state == UNKNOWN  # more SMEs than companies: not believed


def test_the_rit_page_refuses_bad_numbers_without_an_error(client, db):
    response = client.get(reverse("knowledge:rit-check"), {"smes": "-3", "self_funding": "250"})
    assert response.status_code == 200 and "criteria" not in response.context or response.context["criteria"] is None
