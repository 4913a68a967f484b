"""The B2B pages through the client: what participants and organisers see and do."""

import pytest
from django.urls import reverse
from meetings.factories import accepted

from ejrc.meetings.models import Meeting, MeetingRequest, Placement, RunStatus


def url(name, event, **kwargs):
    return reverse(f"meetings:{name}", kwargs={"slug": event.slug, **kwargs})


def test_the_event_page_shows_the_b2b_section_to_participants_and_organisers(client, event, four, organiser):
    client.force_login(four[0].user)
    page = client.get(event.get_absolute_url()).content.decode()
    assert url("marketplace", event) in page and url("runs", event) not in page
    client.force_login(organiser)
    assert url("runs", event) in client.get(event.get_absolute_url()).content.decode()


def test_the_marketplace_filters_by_side_and_words(client, event, four):
    client.force_login(four[0].user)
    page = client.get(url("marketplace", event), {"side": "jp"}).content.decode()
    assert str(four[1].user) in page and str(four[2].user) not in page
    four[2].seeks = "hydrogen buses"
    four[2].save()
    page = client.get(url("marketplace", event), {"text": "hydrogen"}).content.decode()
    assert str(four[2].user) in page and str(four[1].user) not in page


def test_a_request_and_its_acceptance_through_the_pages(client, event, four):
    client.force_login(four[0].user)
    response = client.post(url("ask", event, pk=four[1].pk), {"priority": "must", "message": "Hello"})
    assert response.status_code == 302
    again = client.post(url("ask", event, pk=four[1].pk), {"priority": "must"})
    assert again.status_code == 200 and "already a request" in again.content.decode()
    request = MeetingRequest.objects.get()
    client.force_login(four[1].user)
    assert "Hello" in client.get(url("requests", event)).content.decode()
    client.post(url("answer", event, pk=request.pk), {"answer": "accept"})
    assert Meeting.objects.filter(request=request).exists()
    response = client.post(url("answer", event, pk=request.pk), {"answer": "accept"}, follow=True)
    assert "answered already" in response.content.decode()


def test_asking_oneself_through_the_page_is_refused(client, event, four):
    client.force_login(four[0].user)
    response = client.post(url("ask", event, pk=four[0].pk), {"priority": "must"})
    assert response.status_code == 200 and "yourself" in response.content.decode()


def test_the_organiser_runs_edits_and_publishes(client, event, four, organiser, django_capture_on_commit_callbacks):
    meeting = accepted(four[0], four[1])
    client.force_login(organiser)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("runs", event), {"time_limit": 3})
    run = event.b2b_runs.get()
    run.refresh_from_db()
    assert response.status_code == 302 and run.status == RunStatus.FINISHED
    page = client.get(url("run", event, pk=run.pk)).content.decode()
    assert "Publish this schedule" in page and "1 / 1" in page
    progress = client.get(url("progress", event, pk=run.pk))
    assert progress["HX-Refresh"] == "true"
    placement = Placement.objects.get(run=run)
    other = event.b2b_slots.exclude(pk=placement.slot_id).first()
    client.post(url("edit", event, pk=run.pk), {"placement": placement.pk, "slot": other.number, "table": 2})
    placement.refresh_from_db()
    assert (placement.slot, placement.table) == (other, 2)
    response = client.post(url("publish", event, pk=run.pk), {"version": 0})
    meeting.refresh_from_db()
    assert meeting.slot == other
    late = client.post(url("publish", event, pk=run.pk), {"version": 0}, follow=True)
    assert "Another organiser published" in late.content.decode()
    stop = client.post(url("stop", event, pk=run.pk), follow=True)
    assert "already ended" in stop.content.decode()


def test_the_agenda_its_ics_and_pdf(client, event, four, organiser, django_capture_on_commit_callbacks):
    from ejrc.meetings.domain import draft, runs

    accepted(four[0], four[1], interpreter=True)
    event.b2b_slots.update(interpreters=1)
    with django_capture_on_commit_callbacks(execute=True):
        run = runs.start_run(actor=organiser, event=event, time_limit=3)
    run.refresh_from_db()
    draft.publish(actor=organiser, run=run, version=0)
    client.force_login(four[1].user)
    page = client.get(url("agenda", event)).content.decode()
    assert str(four[0].user) in page and "Interpreter" in page and "CEST" in page
    ics = client.get(url("agenda-ics", event))
    assert b"BEGIN:VEVENT" in ics.content and b"TZID=Europe/Paris" in ics.content
    pdf = client.get(url("agenda-pdf", event))
    assert pdf.content.startswith(b"%PDF-") and pdf["Content-Type"] == "application/pdf"
    client.force_login(organiser)
    plan = client.get(url("table-plan", event))
    assert plan.content.startswith(b"%PDF-")


def test_the_agenda_in_japanese_for_a_viewer_in_tokyo(client, event, four, organiser,
                                                      django_capture_on_commit_callbacks):
    from ejrc.meetings.domain import draft, runs

    accepted(four[0], four[1])
    with django_capture_on_commit_callbacks(execute=True):
        run = runs.start_run(actor=organiser, event=event, time_limit=3)
    run.refresh_from_db()
    draft.publish(actor=organiser, run=run, version=0)
    viewer = four[1].user
    viewer.time_zone, viewer.preferred_language = "Asia/Tokyo", "ja"
    viewer.save()
    client.force_login(viewer)
    page = client.get(reverse("meetings:agenda", kwargs={"slug": event.slug}).replace("/en/", "/ja/")).content.decode()
    assert "B2Bアジェンダ" in page and "JST" in page and "CEST" in page


@pytest.mark.parametrize("mode", ["self_service"])
def test_self_service_booking_page(client, organiser, mode):
    from meetings.factories import b2b_event, participants

    event = b2b_event(organiser=organiser, mode=mode, slug="self-b2b", tables=1)
    a, b, c, d = participants(event, 4)
    first, second = accepted(a, b), accepted(c, d)
    slot = event.b2b_slots.first()
    client.force_login(a.user)
    assert client.post(url("book", event, pk=first.pk), {"slot": slot.pk}).status_code == 302
    client.force_login(c.user)
    page = client.get(url("book", event, pk=second.pk)).content.decode()
    assert f'value="{slot.pk}"' not in page
    late = client.post(url("book", event, pk=second.pk), {"slot": slot.pk})
    assert late.status_code == 409 and "just took" in late.content.decode()


def test_check_in_on_the_day(client, event, four, organiser):
    meeting = accepted(four[0], four[1])
    Meeting.objects.filter(pk=meeting.pk).update(slot=event.b2b_slots.first(), table=1)
    client.force_login(organiser)
    assert "Held" in client.get(url("check-in", event)).content.decode()
    row = client.post(url("check-in-one", event, pk=meeting.pk), {"attendance": "no_show"})
    assert row.status_code == 200
    meeting.refresh_from_db()
    assert meeting.attendance == "no_show"


def test_organisers_add_a_meeting_and_set_interpreters_per_slot(client, event, four, organiser):
    client.force_login(organiser)
    client.post(url("organiser-meeting", event), {"first": four[0].pk, "second": four[1].pk, "interpreter": "1"})
    meeting = Meeting.objects.get()
    assert meeting.request.by_organiser == organiser and meeting.request.interpreter
    again = client.post(url("organiser-meeting", event), {"first": four[0].pk, "second": four[1].pk}, follow=True)
    assert "already a request" in again.content.decode()
    slot = event.b2b_slots.first()
    client.post(url("interpreters", event), {f"slot-{slot.pk}": "3"})
    slot.refresh_from_db()
    assert slot.interpreters == 3
