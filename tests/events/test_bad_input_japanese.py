"""The issue's bad input, met in Japanese: each gets its message in the reader's language on the
page where it happened, and nothing is saved."""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from events.factories import make_event, make_session, organisation_of, site_visit

from ejrc.events.domain.pitches import open_call
from ejrc.events.domain.registration import register
from ejrc.events.models import Event, Pitch, Registration, Session, SessionChoice, SessionKind

pytestmark = pytest.mark.django_db


def ja(name, **kwargs):
    with translation.override("ja"):
        return reverse(f"events:{name}", kwargs=kwargs)


def shown(response):
    return [str(message) for message in response.context["messages"]]


def test_registering_twice(client, event, prefecture_officer):
    register(actor=prefecture_officer, event=event, organisation=organisation_of(prefecture_officer))
    client.force_login(prefecture_officer)
    response = client.post(ja("register", slug=event.slug), {"organisation": organisation_of(prefecture_officer).pk},
                           follow=True)
    assert shown(response) == ["このイベントには既に登録済みです。"]
    assert Registration.objects.count() == 1


def test_registering_after_the_deadline(client, organiser, prefecture_officer):
    event = make_event(organiser=organiser, registration_deadline=dt.datetime(2026, 11, 1, 9, tzinfo=dt.UTC))
    client.force_login(prefecture_officer)
    response = client.post(ja("register", slug=event.slug), {"organisation": organisation_of(prefecture_officer).pk})
    assert "このイベントの参加登録は 2026-11-01 10:00 CET に締め切られました。" in response.content.decode()
    assert not Registration.objects.exists()


def test_a_full_site_visit(client, event, organiser, cluster_manager, prefecture_officer):
    visit = site_visit(event, organiser=organiser, title_ja="港の視察")
    register(actor=cluster_manager, event=event, organisation=organisation_of(cluster_manager), sessions=[visit])
    client.force_login(prefecture_officer)
    response = client.post(ja("register", slug=event.slug), {"organisation": organisation_of(prefecture_officer).pk,
                                                             "sessions": [visit.pk]}, follow=True)
    assert shown(response)[1] == "「港の視察」は満席のため、キャンセル待ちに登録されました。"
    assert sorted(SessionChoice.objects.values_list("status", flat=True)) == ["confirmed", "waiting"]


def test_overlapping_sessions(client, event, organiser, prefecture_officer):
    first = site_visit(event, organiser=organiser, start=9, end=12, title_ja="港の視察")
    second = site_visit(event, organiser=organiser, start=10, end=11, title_ja="バイオパーク")
    client.force_login(prefecture_officer)
    response = client.post(ja("register", slug=event.slug), {"organisation": organisation_of(prefecture_officer).pk,
                                                             "sessions": [first.pk, second.pk]})
    assert response.context["form"].errors["sessions"] == [
        "「港の視察」と「バイオパーク」は同じ時間に行われます。どちらか一方をお選びください。"]
    assert not Registration.objects.exists()


def test_an_unpublished_event(client, organiser, prefecture_officer):
    event = make_event(organiser=organiser, published=False)
    client.force_login(prefecture_officer)
    assert client.get(ja("register", slug=event.slug)).status_code == 404  # it does not exist for them
    with translation.override("ja"), pytest.raises(Exception) as refused:
        register(actor=prefecture_officer, event=event, organisation=organisation_of(prefecture_officer))
    assert refused.value.messages == ["このイベントは参加登録を受け付けていません。"]


def test_slides_that_are_not_a_pdf(client, event, organiser, prefecture_officer):
    session = make_session(event, organiser=organiser, start=14, end=16, kind=SessionKind.PITCH)
    open_call(actor=organiser, session=session, is_open=True)
    client.force_login(prefecture_officer)
    response = client.post(ja("pitch-submit", slug=event.slug, pk=session.pk), {
        "organisation": organisation_of(prefecture_officer).pk, "title": "岐阜", "abstract": "…",
        "slides": SimpleUploadedFile("slides.pdf", b"PK\x03\x04 a zip file", content_type="application/pdf")})
    assert response.context["form"].errors == {"slides": ["スライドはPDFファイルでアップロードしてください。"]}
    assert not Pitch.objects.exists()


def test_an_unknown_time_zone_and_an_end_before_the_start(client, organiser, event):
    client.force_login(organiser)
    response = client.post(ja("edit", slug=event.slug), {
        "title_en": event.title_en, "starts_on": "2027-04-29", "ends_on": "2027-04-27", "time_zone": "Asia/Gifu",
        "format": "in_person"})
    errors = response.context["form"].errors
    assert errors["time_zone"] == [
        "「Asia/Gifu」はタイムゾーンではありません。Europe/Paris や Asia/Tokyo のような名前をお使いください。"]
    response = client.post(ja("edit", slug=event.slug), {
        "title_en": event.title_en, "starts_on": "2027-04-29", "ends_on": "2027-04-27", "time_zone": "Europe/Paris",
        "format": "in_person"})
    assert response.context["form"].errors["ends_on"] == ["最終日が初日より前になっています。"]
    response = client.post(ja("edit-programme", slug=event.slug), {
        "kind": "panel", "title_en": "Panel", "date": "2027-04-27", "start": "11:00", "end": "10:00"})
    assert response.context["form"].errors == {"end": ["セッションの終了時刻が開始時刻より前になっています。"]}
    assert Event.objects.get().ends_on == dt.date(2027, 4, 29) and not Session.objects.exists()
