"""A participant changes their registration: sessions, site visits and answers, the same rules
as registering, the freed places moving up, and the change e-mail with the new agenda."""

import datetime as dt

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from events.factories import make_event, make_session, organisation_of, site_visit
from icalendar import Calendar

from ejrc.events.domain.changes import change_registration
from ejrc.events.domain.registration import cancel, register
from ejrc.events.models import EventQuestion, SessionChoice

pytestmark = pytest.mark.django_db(transaction=True)  # the change e-mails leave after the commit


def sign_up(person, event, **kwargs):
    return register(actor=person, event=event, organisation=organisation_of(person), **kwargs)


def choices(person):
    return sorted(SessionChoice.objects.filter(registration__user=person, registration__status__in=[
        "confirmed", "waiting", "pending"]).values_list("session__title_en", "status"))


def refused(**kwargs):
    with pytest.raises(ValidationError) as error:
        change_registration(**kwargs)
    return error.value.messages


def test_swapping_site_visits_frees_the_place_for_the_first_waiting(event, organiser, cluster_manager,
                                                                    prefecture_officer):
    port = site_visit(event, organiser=organiser, start=9, end=12, title_en="Port")
    bioparc = site_visit(event, organiser=organiser, start=14, end=16, title_en="Bioparc")
    mine = sign_up(cluster_manager, event, sessions=[port])
    sign_up(prefecture_officer, event, sessions=[port])
    mail.outbox.clear()
    change = change_registration(actor=cluster_manager, registration=mine, sessions=[bioparc])
    assert change.removed == [port.pk] and [c.session_id for c in change.added] == [bioparc.pk]
    assert choices(cluster_manager) == [("Bioparc", "confirmed")]
    assert choices(prefecture_officer) == [("Port", "confirmed")]
    assert sorted(message.to[0] for message in mail.outbox) == sorted([cluster_manager.email,
                                                                      prefecture_officer.email])


def test_a_new_pick_of_a_full_site_visit_joins_the_end_of_its_waiting_list(event, organiser, cluster_manager,
                                                                           prefecture_officer):
    port = site_visit(event, organiser=organiser, title_en="Port")
    sign_up(prefecture_officer, event, sessions=[port])
    mine = sign_up(cluster_manager, event)
    change = change_registration(actor=cluster_manager, registration=mine, sessions=[port])
    assert [(c.session.title_en, c.status) for c in change.added] == [("Port", "waiting")]


def test_a_kept_pick_keeps_its_rank_on_the_waiting_list(event, organiser, cluster_manager, prefecture_officer):
    port = site_visit(event, organiser=organiser, start=9, end=12, title_en="Port")
    bioparc = site_visit(event, organiser=organiser, start=14, end=16, capacity=5, title_en="Bioparc")
    holder = sign_up(cluster_manager, event, sessions=[port])
    waiting = sign_up(prefecture_officer, event, sessions=[port])
    change_registration(actor=prefecture_officer, registration=waiting, sessions=[port, bioparc])
    assert choices(prefecture_officer) == [("Bioparc", "confirmed"), ("Port", "waiting")]
    cancel(actor=cluster_manager, registration=holder)
    assert choices(prefecture_officer) == [("Bioparc", "confirmed"), ("Port", "confirmed")]


def test_overlapping_sessions_are_refused_and_nothing_changes(event, organiser, cluster_manager):
    port = site_visit(event, organiser=organiser, start=9, end=12, title_en="Port")
    bioparc = site_visit(event, organiser=organiser, start=10, end=11, title_en="Bioparc")
    mine = sign_up(cluster_manager, event, sessions=[port])
    mail.outbox.clear()
    assert refused(actor=cluster_manager, registration=mine, sessions=[port, bioparc]) == [
        "“Port” and “Bioparc” take place at the same time: pick one of them."]
    assert choices(cluster_manager) == [("Port", "confirmed")] and mail.outbox == []


def test_after_the_deadline_a_registration_no_longer_changes(organiser, cluster_manager):
    event = make_event(organiser=organiser, registration_deadline=dt.datetime(2027, 4, 1, 22, tzinfo=dt.UTC))
    port = site_visit(event, organiser=organiser, title_en="Port")
    mine = sign_up(cluster_manager, event, now=dt.datetime(2027, 3, 1, tzinfo=dt.UTC))
    assert refused(actor=cluster_manager, registration=mine, sessions=[port],
                   now=dt.datetime(2027, 4, 2, tzinfo=dt.UTC)) == [
        "Registrations can no longer be changed: Registration for this event closed on 2027-04-02 00:00 CEST."]
    assert choices(cluster_manager) == []


def test_only_the_participant_changes_an_active_registration(event, organiser, cluster_manager, prefecture_officer):
    port = site_visit(event, organiser=organiser, title_en="Port")
    mine = sign_up(cluster_manager, event)
    assert refused(actor=prefecture_officer, registration=mine, sessions=[port]) == ["This is not your registration."]
    cancel(actor=cluster_manager, registration=mine)
    assert refused(actor=cluster_manager, registration=mine, sessions=[port]) == [
        "This registration is cancelled: register again instead."]
    assert not SessionChoice.objects.exists()


def test_answers_change_and_a_required_one_stays_required(event, cluster_manager):
    question = EventQuestion.objects.create(event=event, label_en="Dietary needs", required=True)
    mine = sign_up(cluster_manager, event, answers={str(question.pk): "None"})
    assert refused(actor=cluster_manager, registration=mine, answers={str(question.pk): " "}) == [
        "Please answer: Dietary needs"]
    change_registration(actor=cluster_manager, registration=mine, answers={str(question.pk): "Vegetarian"})
    mine.refresh_from_db()
    assert mine.answers == {str(question.pk): "Vegetarian"}


def test_a_pending_registration_keeps_its_new_picks_requested(organiser, cluster_manager):
    event = make_event(organiser=organiser, requires_approval=True)
    port = site_visit(event, organiser=organiser, title_en="Port")
    mine = sign_up(cluster_manager, event)
    change_registration(actor=cluster_manager, registration=mine, sessions=[port])
    assert choices(cluster_manager) == [("Port", "requested")]


def test_changing_nothing_mails_nobody(event, organiser, cluster_manager):
    port = site_visit(event, organiser=organiser, title_en="Port")
    mine = sign_up(cluster_manager, event, sessions=[port])
    mail.outbox.clear()
    assert not change_registration(actor=cluster_manager, registration=mine, sessions=[port]).changed
    assert mail.outbox == []


def test_the_change_mail_is_in_the_participants_language_with_the_new_agenda(event, organiser, prefecture_officer):
    make_session(event, organiser=organiser, start=10, end=11, title_en="Opening plenary", title_ja="開会全体会議")
    port = site_visit(event, organiser=organiser, title_en="Port", title_ja="港の視察")
    mine = sign_up(prefecture_officer, event)
    mail.outbox.clear()
    change_registration(actor=prefecture_officer, registration=mine, sessions=[port])
    message, = mail.outbox
    assert message.subject == "日欧地域協力会議 の参加登録が変更されました"
    assert "- 2027-04-29 09:00 CEST (2027-04-29 16:00 JST): 港の視察" in message.body
    (name, content, mimetype), = message.attachments
    calendar = Calendar.from_ical(content)
    assert (name, mimetype) == ("strasbourg-2027.ics", "text/calendar")
    assert [str(entry["SUMMARY"]).split(" · ")[0] for entry in calendar.walk("VEVENT")] == ["開会全体会議", "港の視察"]
    assert [zone["TZID"] for zone in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
