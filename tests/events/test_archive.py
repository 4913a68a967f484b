"""The archive of past events: each with its outcomes and its figures, in both languages."""

import datetime as dt

import pytest
from directory.factories import MembershipFactory, OrganisationFactory
from django.urls import reverse
from django.utils import translation
from events.factories import make_event

from ejrc.events.domain.events import add_session
from ejrc.events.models import Pitch, Registration, SessionKind

pytestmark = pytest.mark.django_db


def past_event(organiser, slug, *, european, japanese, cancelled=0):
    event = make_event(organiser=organiser, slug=slug, title_en=f"Conference {slug}", starts_on=dt.date(2020, 4, 27),
                       ends_on=dt.date(2020, 4, 29), outcomes_en="New cluster partnerships.",
                       outcomes_ja="新たなクラスター連携が生まれました。")
    pitches = add_session(actor=organiser, event=event, kind=SessionKind.PITCH, title_en="Pitches",
                          start=dt.datetime(2020, 4, 27, 14), end=dt.datetime(2020, 4, 27, 16))
    add_session(actor=organiser, event=event, kind=SessionKind.PLENARY, title_en="Opening",
                start=dt.datetime(2020, 4, 27, 9), end=dt.datetime(2020, 4, 27, 10))
    for index in range(european + japanese + cancelled):
        member = MembershipFactory(role="member", organisation=OrganisationFactory(japanese=index < japanese))
        Registration.objects.create(event=event, user=member.user, organisation=member.organisation,
                                    status="cancelled" if index >= european + japanese else "confirmed")
    Pitch.objects.create(session=pitches, organisation=OrganisationFactory(), title="Pitch", abstract="…",
                         slides="pitches/x.pdf", status="accepted", position=1)
    return event


def archive(client, language="en"):
    with translation.override(language):
        return client.get(reverse("events:archive")).content.decode()


def test_a_past_event_shows_its_outcomes_and_figures_in_both_languages(client, organiser):
    past_event(organiser, "strasbourg-2020", european=3, japanese=2, cancelled=1)
    page = " ".join(archive(client).split())
    assert "Participants: 5 (EU 3, Japan 2) · Organisations: 5 · Countries: 2 · Sessions: 2 · Pitches: 1" in page
    assert "New cluster partnerships." in page
    page = " ".join(archive(client, "ja").split())
    assert "参加者: 5 (EU 3, 日本 2) · 団体: 5 · 国: 2 · セッション: 2 · ピッチ: 1" in page
    assert "新たなクラスター連携が生まれました。" in page


def test_the_figures_stay_once_the_people_are_removed(client, organiser):
    event = past_event(organiser, "strasbourg-2020", european=2, japanese=1)
    Registration.objects.filter(event=event).update(user=None, answers={})
    assert "Participants: 3 (EU 2, Japan 1)" in " ".join(archive(client).split())


@pytest.mark.parametrize("events", [1, 3])
def test_the_archive_reads_the_same_number_of_queries_however_many_events(client, django_assert_num_queries,
                                                                          organiser, events):
    for index in range(events):
        past_event(organiser, f"past-{index}", european=2, japanese=index)
    with django_assert_num_queries(4):
        assert client.get(reverse("events:archive")).status_code == 200
