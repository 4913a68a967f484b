"""Confirmation, change and reminder e-mails: the participant's language and zone, an .ics file."""

import datetime as dt

import pytest
from django.core import mail
from events.factories import make_event, make_session, organisation_of, site_visit
from icalendar import Calendar

from ejrc.events.domain.registration import approve, cancel, register, reject
from ejrc.events.domain.reminders import remind_participants

pytestmark = pytest.mark.django_db(transaction=True)  # mail leaves after the commit


def sign_up(person, event, **kwargs):
    return register(actor=person, event=event, organisation=organisation_of(person), **kwargs)


def attached_calendar(message):
    (name, content, mimetype), = message.attachments
    assert mimetype == "text/calendar"
    return Calendar.from_ical(content)


def test_the_confirmation_is_in_japanese_with_both_clocks_and_the_agenda_attached(event, organiser,
                                                                               prefecture_officer):
    make_session(event, organiser=organiser, start=10, end=11, title_en="Opening plenary", title_ja="開会全体会議")
    sign_up(prefecture_officer, event)
    message, = mail.outbox
    assert message.to == [prefecture_officer.email]
    assert message.subject == "日欧地域協力会議 への参加登録"
    assert "- 2027-04-27 10:00 CEST (2027-04-27 17:00 JST): 開会全体会議" in message.body
    calendar = attached_calendar(message)
    assert [str(entry["SUMMARY"]) for entry in calendar.walk("VEVENT")] == ["開会全体会議 · 日欧地域協力会議"]
    assert [zone["TZID"] for zone in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]


def test_a_refused_registration_mails_nobody(event, cluster_manager):
    sign_up(cluster_manager, event)
    mail.outbox.clear()
    with pytest.raises(Exception):
        sign_up(cluster_manager, event)
    assert mail.outbox == []


def test_moving_up_from_the_waiting_list_is_a_change_mail(event, organiser, cluster_manager, prefecture_officer):
    visit = site_visit(event, organiser=organiser, title_en="Port of Strasbourg")
    first = sign_up(cluster_manager, event, sessions=[visit])
    sign_up(prefecture_officer, event, sessions=[visit])
    assert "- Port of Strasbourg: キャンセル待ち" in mail.outbox[-1].body
    mail.outbox.clear()
    cancel(actor=cluster_manager, registration=first)
    assert sorted(message.to[0] for message in mail.outbox) == sorted([cluster_manager.email, prefecture_officer.email])
    moved_up, = [message for message in mail.outbox if message.to == [prefecture_officer.email]]
    assert moved_up.subject == "日欧地域協力会議 の参加登録が変更されました"
    assert [str(e["SUMMARY"]).split(" · ")[0] for e in attached_calendar(moved_up).walk("VEVENT")] == [
        "Port of Strasbourg"]


def test_approval_and_refusal_are_change_mails(organiser, cluster_manager, prefecture_officer):
    event = make_event(organiser=organiser, requires_approval=True)
    accepted, refused = sign_up(cluster_manager, event), sign_up(prefecture_officer, event)
    mail.outbox.clear()
    approve(actor=organiser, registration=accepted)
    reject(actor=organiser, registration=refused, reason="Places are for clusters this time.")
    assert [(m.to[0], m.subject) for m in mail.outbox] == [
        (cluster_manager.email, "Your registration for EU-Japan regional cooperation conference has changed"),
        (prefecture_officer.email, "日欧地域協力会議 の参加登録が変更されました")]
    assert "Confirmed" in mail.outbox[0].body
    assert "Places are for clusters this time." in mail.outbox[1].body


def test_the_reminder_goes_once_the_day_before_in_the_events_zone(event, cluster_manager, prefecture_officer):
    sign_up(cluster_manager, event)
    sign_up(prefecture_officer, event)
    mail.outbox.clear()
    # 25 April 23:30 in Strasbourg is too early; 26 April 00:30 CEST (25 April 22:30 UTC) is the day before.
    assert remind_participants(now=dt.datetime(2027, 4, 25, 21, 30, tzinfo=dt.UTC)) == 0
    assert remind_participants(now=dt.datetime(2027, 4, 25, 22, 30, tzinfo=dt.UTC)) == 2
    assert remind_participants(now=dt.datetime(2027, 4, 26, 12, 0, tzinfo=dt.UTC)) == 0
    assert sorted(m.subject for m in mail.outbox) == ["Tomorrow: EU-Japan regional cooperation conference",
                                                      "明日開催：日欧地域協力会議"]
