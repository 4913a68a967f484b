"""The public inquiry form: routing, the reference, the confirmation in the sender's language,
and every bad input (no way to answer, spam, floods, false attachments, script)."""

import io
import re

import pytest
from directory.factories import UserFactory
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from helpdesk.factories import send
from PIL import Image

from ejrc.core.models import OutgoingMail
from ejrc.helpdesk.models import Inquiry

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def form(places, **extra):
    data = {"topic": "partner_search", "side": "japan", "country": "JP", "prefecture": "JP-21", "region": "",
            "name": "山田 花子", "organisation_name": "岐阜刃物", "email": "hanako@example.jp",
            "message": "欧州の販売代理店を探しています。", "website": ""}
    data.update(extra)
    return data


def png():
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), "red").save(buffer, "PNG")
    return buffer.getvalue()


def test_a_japanese_inquiry_reaches_gifu_with_a_reference_and_a_japanese_confirmation(client, places, staff):
    response = client.post("/ja/helpdesk/ask/", form(places))
    inquiry = Inquiry.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/ja/helpdesk/track/{inquiry.token}/"
    assert inquiry.office.code == "gifu" and inquiry.language == "ja" and inquiry.prefecture.code == "JP-21"
    assert re.fullmatch(r"EJ-INQ-\d{4}-00001", inquiry.reference)
    assert len(inquiry.token) >= 40
    confirmation = OutgoingMail.objects.get(to="hanako@example.jp")
    assert confirmation.language == "ja" and inquiry.reference in confirmation.subject
    assert "ヘルプデスク" in confirmation.subject
    assert f"/ja/helpdesk/track/{inquiry.token}/" in confirmation.body
    office_mail = OutgoingMail.objects.get(to=inquiry.office.email)
    assert f"/helpdesk/inbox/{inquiry.reference}/" in office_mail.body
    page = client.get(response["Location"]).content.decode()
    assert inquiry.reference in page and "岐阜事務所" in page


def test_an_iwate_place_reaches_iwate_and_a_european_one_strasbourg(client, places, staff):
    client.post("/en/helpdesk/ask/", form(places, prefecture="JP-03"))
    client.post("/en/helpdesk/ask/", form(places, side="eu", country="FR", prefecture="", region="FRF",
                                          email="claire@example.fr"))
    assert [(i.office.code, i.language) for i in Inquiry.objects.order_by("pk")] == [("iwate", "en"),
                                                                                     ("strasbourg", "en")]


def test_an_inquiry_with_no_way_to_answer_is_refused_with_a_message_and_keeps_the_text(client, places, staff):
    response = client.post("/en/helpdesk/ask/", form(places, email=""))
    page = response.content.decode()
    assert response.status_code == 200 and not Inquiry.objects.exists()
    assert "We can only answer with an e-mail address: please give one." in page
    assert "欧州の販売代理店を探しています。" in page


def test_japan_without_a_prefecture_and_a_region_of_another_country_get_messages(client, places, staff):
    page = client.post("/en/helpdesk/ask/", form(places, prefecture="")).content.decode()
    assert "Choose the prefecture, so that the right office answers." in page
    page = client.post("/en/helpdesk/ask/", form(places, country="VN", prefecture="", region="FRF")).content.decode()
    assert "This region is not in the chosen country." in page
    assert not Inquiry.objects.exists()


def test_the_honeypot_thanks_a_robot_and_saves_nothing(client, places, staff):
    response = client.post("/en/helpdesk/ask/", form(places, website="http://spam.example"))
    assert response.status_code == 200 and "Thank you" in response.content.decode()
    assert not Inquiry.objects.exists() and not OutgoingMail.objects.exists()


def test_a_flood_from_one_address_is_stopped_with_a_message_that_keeps_the_text(client, places, staff, settings):
    settings.EJRC_INQUIRY_LIMITS = {"email": (2, 3600), "ip": (100, 3600)}
    for _n in range(2):
        assert client.post("/en/helpdesk/ask/", form(places)).status_code == 302
    response = client.post("/en/helpdesk/ask/", form(places, email="HANAKO@example.jp"))
    page = response.content.decode()
    assert response.status_code == 200 and "Too many inquiries have come from you" in page
    assert "欧州の販売代理店を探しています。" in page
    assert Inquiry.objects.count() == 2
    assert client.post("/en/helpdesk/ask/", form(places, email="other@example.jp")).status_code == 302


def test_a_flood_from_one_ip_address_is_stopped_whatever_the_e_mail(client, places, staff, settings):
    settings.EJRC_INQUIRY_LIMITS = {"ip": (3, 3600)}
    codes = [client.post("/en/helpdesk/ask/", form(places, email=f"bot{n}@example.org")).status_code
             for n in range(5)]
    assert codes == [302, 302, 302, 200, 200] and Inquiry.objects.count() == 3
    other = client.post("/en/helpdesk/ask/", form(places, email="me@example.org"), REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 302


def test_a_pdf_and_an_image_are_kept_and_only_the_sender_and_the_office_fetch_them(client, places, staff):
    client.post("/en/helpdesk/ask/", form(places, attachment=SimpleUploadedFile("plan.pdf", PDF)))
    inquiry = Inquiry.objects.get()
    assert inquiry.attachment.name.endswith(".pdf") and inquiry.attachment_name == "plan.pdf"
    fetched = client.get(f"/en/helpdesk/track/{inquiry.token}/attachment/")
    assert fetched.status_code == 200 and b"".join(fetched.streaming_content) == PDF
    assert 'filename="plan.pdf"' in fetched["Content-Disposition"]
    assert client.get(f"/media/{inquiry.attachment.name}").status_code == 404  # never served as a plain upload
    client.post("/en/helpdesk/ask/", form(places, email="b@example.jp",
                                          attachment=SimpleUploadedFile("photo.jpg", png())))
    assert Inquiry.objects.latest("pk").attachment.name.endswith(".png")  # named by its content


@pytest.mark.parametrize("name, content", [("plan.pdf", b"MZ\x90\x00 not a pdf at all"),
                                           ("photo.png", b"<script>alert(1)</script>"),
                                           ("plan.pdf", b"%PDF-1.4 truncated, no end")])
def test_an_attachment_that_is_not_what_it_claims_is_refused_and_the_text_kept(client, places, staff, name, content):
    response = client.post("/en/helpdesk/ask/", form(places, attachment=SimpleUploadedFile(name, content)))
    page = response.content.decode()
    assert response.status_code == 200 and not Inquiry.objects.exists()
    assert "The attachment must be a PDF file or a PNG, JPEG or WebP image" in page
    assert "欧州の販売代理店を探しています。" in page


def test_an_attachment_too_large_is_refused(client, places, staff, settings):
    settings.EJRC_MAX_INQUIRY_ATTACHMENT_BYTES = 100
    response = client.post("/en/helpdesk/ask/", form(places, attachment=SimpleUploadedFile("a.pdf", PDF * 5)))
    assert "The attachment is too large" in response.content.decode() and not Inquiry.objects.exists()


def test_script_in_every_field_is_shown_as_text(client, places, staff):
    script = "<script>alert('x')</script>"
    client.post("/en/helpdesk/ask/", form(places, name=script, organisation_name=script, message=script))
    inquiry = Inquiry.objects.get()
    client.force_login(staff["gifu"][0])
    for url in (f"/en/helpdesk/track/{inquiry.token}/", f"/en/helpdesk/inbox/{inquiry.reference}/",
                "/en/helpdesk/inbox/"):
        page = client.get(url).content.decode()
        assert "<script>alert(" not in page and "&lt;script&gt;alert(" in page, url


def test_a_signed_in_sender_has_the_address_filled_in_and_the_inquiry_kept_with_the_account(client, places, staff):
    person = UserFactory(email="signed.in@example.org")
    client.force_login(person)
    assert 'value="signed.in@example.org"' in client.get("/en/helpdesk/ask/").content.decode()
    client.post("/en/helpdesk/ask/", form(places, email="signed.in@example.org"))
    assert Inquiry.objects.get().sender_user == person


def test_a_topic_or_side_outside_the_lists_is_refused(client, places, staff):
    page = client.post("/en/helpdesk/ask/", form(places, topic="lottery", side="moon")).content.decode()
    assert page.count("Select a valid choice") == 2 and not Inquiry.objects.exists()
    with pytest.raises(ValidationError, match="Choose a topic and your side"):
        send(places, topic="lottery")
