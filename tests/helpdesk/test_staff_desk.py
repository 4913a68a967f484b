"""The staff's side: reply (e-mailed in the sender's language, kept in the thread, read through
the private link), internal notes (never shown or sent), assignment, closing and reopening,
hand-over to another office, and the sender writing back."""

import pytest
from helpdesk.factories import send
from django.core.exceptions import PermissionDenied, ValidationError

from ejrc.core.models import OutgoingMail
from ejrc.helpdesk.domain import inquiries
from ejrc.helpdesk.models import InquiryStatus, MessageKind

pytestmark = pytest.mark.django_db


def test_a_reply_is_mailed_in_the_senders_language_and_shown_on_the_private_page(client, japanese_inquiry, staff):
    gifu = staff["gifu"][0]
    client.force_login(gifu)
    OutgoingMail.objects.all().delete()
    response = client.post(f"/en/helpdesk/inbox/{japanese_inquiry.reference}/reply/",
                           {"reply-body": "Please look at the directory: 金属加工 clusters."})
    assert response.status_code == 302
    mail = OutgoingMail.objects.get()
    assert mail.to == "hanako@example.jp" and mail.language == "ja"
    assert "ヘルプデスクから返信" in mail.subject and "金属加工 clusters" in mail.body
    assert f"/ja/helpdesk/track/{japanese_inquiry.token}/" in mail.body
    japanese_inquiry.refresh_from_db()
    assert japanese_inquiry.status == InquiryStatus.ANSWERED and japanese_inquiry.first_response_at is not None
    client.logout()
    page = client.get(f"/ja/helpdesk/track/{japanese_inquiry.token}/").content.decode()
    assert "金属加工 clusters" in page and "回答済み" in page


def test_the_first_response_time_is_the_first_reply(japanese_inquiry, staff):
    gifu = staff["gifu"][0]
    inquiries.reply(actor=gifu, inquiry=japanese_inquiry, body="First.")
    japanese_inquiry.refresh_from_db()
    first = japanese_inquiry.first_response_at
    inquiries.reply(actor=gifu, inquiry=japanese_inquiry, body="Second.")
    japanese_inquiry.refresh_from_db()
    assert japanese_inquiry.first_response_at == first


def test_a_note_is_kept_for_staff_and_never_shown_or_sent_to_the_sender(client, inquiry, staff):
    client.force_login(staff["strasbourg"][0])
    OutgoingMail.objects.all().delete()
    client.post(f"/en/helpdesk/inbox/{inquiry.reference}/note/", {"note-body": "Secret: ask Gifu first."})
    assert inquiry.messages.get().kind == MessageKind.NOTE
    assert not OutgoingMail.objects.exists()
    assert "Secret: ask Gifu first." in client.get(f"/en/helpdesk/inbox/{inquiry.reference}/").content.decode()
    client.logout()
    assert "Secret" not in client.get(f"/en/helpdesk/track/{inquiry.token}/").content.decode()


def test_an_empty_reply_gets_a_message_and_a_too_long_one_keeps_its_text(client, inquiry, staff):
    client.force_login(staff["strasbourg"][0])
    page = client.post(f"/en/helpdesk/inbox/{inquiry.reference}/reply/", {"reply-body": "  "}).content.decode()
    assert "This field is required." in page
    long_text = "x" * 10_001
    response = client.post(f"/en/helpdesk/inbox/{inquiry.reference}/reply/", {"reply-body": long_text})
    assert response.status_code == 200 and long_text in response.content.decode()
    assert not inquiry.messages.exists()


def test_assign_to_a_colleague_who_is_told_but_not_to_someone_of_another_office(client, inquiry, staff):
    me, colleague = staff["strasbourg"]
    client.force_login(me)
    OutgoingMail.objects.all().delete()
    client.post(f"/en/helpdesk/inbox/{inquiry.reference}/assign/", {"assignee": colleague.pk})
    inquiry.refresh_from_db()
    assert inquiry.assignee == colleague
    assert OutgoingMail.objects.get().to == colleague.email
    page = client.post(f"/en/helpdesk/inbox/{inquiry.reference}/assign/", {"assignee": staff["gifu"][0].pk})
    assert page.status_code == 200 and "Select a valid choice" in page.content.decode()
    with pytest.raises(ValidationError):
        inquiries.assign(actor=me, inquiry=inquiry, assignee=staff["gifu"][0])


def test_close_and_reopen(client, inquiry, staff):
    client.force_login(staff["strasbourg"][0])
    client.post(f"/en/helpdesk/inbox/{inquiry.reference}/close/")
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.CLOSED and inquiry.closed_at is not None
    again = client.post(f"/en/helpdesk/inbox/{inquiry.reference}/close/", follow=True)
    assert "The inquiry is closed already." in again.content.decode()
    client.post(f"/en/helpdesk/inbox/{inquiry.reference}/reopen/")
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.OPEN and inquiry.closed_at is None


def test_the_sender_writes_back_and_a_closed_inquiry_waits_for_the_office_again(client, inquiry, staff):
    inquiries.reply(actor=staff["strasbourg"][0], inquiry=inquiry, body="See the programme guide.")
    inquiries.close(actor=staff["strasbourg"][0], inquiry=inquiry)
    OutgoingMail.objects.all().delete()
    response = client.post(f"/en/helpdesk/track/{inquiry.token}/write/", {"body": "One more question."})
    assert response.status_code == 302
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.OPEN
    assert [m.kind for m in inquiry.messages.all()] == [MessageKind.REPLY, MessageKind.SENDER]
    assert OutgoingMail.objects.get().to == inquiry.office.email
    empty = client.post(f"/en/helpdesk/track/{inquiry.token}/write/", {"body": ""})
    assert empty.status_code == 200 and "This field is required." in empty.content.decode()


def test_hand_over_tells_the_new_office_and_the_old_one_no_longer_sees_it(client, inquiry, staff):
    strasbourg, gifu = staff["strasbourg"][0], staff["gifu"][0]
    inquiries.assign(actor=strasbourg, inquiry=inquiry, assignee=strasbourg)
    client.force_login(strasbourg)
    OutgoingMail.objects.all().delete()
    response = client.post(f"/en/helpdesk/inbox/{inquiry.reference}/hand-over/",
                           {"office": "gifu", "note": "A Japanese partner is in Gifu."})
    assert response.status_code == 302
    inquiry.refresh_from_db()
    assert inquiry.office.code == "gifu" and inquiry.assignee is None
    told = OutgoingMail.objects.get()
    assert told.to == inquiry.office.email and told.language == "ja"
    assert "A Japanese partner is in Gifu." in told.body and inquiry.reference in told.subject
    assert client.get(f"/en/helpdesk/inbox/{inquiry.reference}/").status_code == 404
    client.force_login(gifu)
    page = client.get(f"/en/helpdesk/inbox/{inquiry.reference}/").content.decode()
    assert "Handed over from Strasbourg office: A Japanese partner is in Gifu." in page


def test_a_hand_over_needs_another_office_and_a_note(client, inquiry, staff):
    client.force_login(staff["strasbourg"][0])
    page = client.post(f"/en/helpdesk/inbox/{inquiry.reference}/hand-over/", {"office": "strasbourg", "note": ""})
    assert page.status_code == 200 and "Select a valid choice" in page.content.decode()
    assert "This field is required." in page.content.decode()


def test_staff_of_another_office_may_do_nothing_to_an_inquiry(inquiry, staff):
    for action, extra in [(inquiries.reply, {"body": "x"}), (inquiries.add_note, {"body": "x"}),
                          (inquiries.close, {}), (inquiries.assign, {"assignee": None})]:
        with pytest.raises(PermissionDenied):
            action(actor=staff["gifu"][0], inquiry=inquiry, **extra)


def test_a_manager_with_the_permission_handles_every_office(client, inquiry, staff):
    from django.contrib.auth.models import Permission

    manager = staff["iwate"][0]
    manager.user_permissions.add(Permission.objects.get(codename="handle_any_office"))
    client.force_login(manager)
    assert client.get(f"/en/helpdesk/inbox/{inquiry.reference}/").status_code == 200
    page = client.get("/en/helpdesk/inbox/?office=strasbourg").content.decode()
    assert inquiry.reference in page


def test_the_inbox_is_the_offices_own_and_filters_by_status_topic_and_assignee(client, places, staff):
    me = staff["strasbourg"][0]
    funding = send(places, topic="funding")
    events = send(places, topic="events")
    gifu_one = send(places, where="gifu")
    inquiries.assign(actor=me, inquiry=events, assignee=me)
    inquiries.close(actor=me, inquiry=funding)
    client.force_login(me)

    def listed(query=""):
        page = client.get(f"/en/helpdesk/inbox/{query}").content.decode()
        return {i.reference for i in (funding, events, gifu_one) if i.reference in page}

    assert listed() == {funding.reference, events.reference}
    assert listed("?status=closed") == {funding.reference}
    assert listed("?topic=events") == {events.reference}
    assert listed(f"?assignee={me.pk}") == {events.reference}
    assert listed("?assignee=none") == {funding.reference}
    assert listed("?office=gifu") == {funding.reference, events.reference}  # only managers choose
