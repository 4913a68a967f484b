"""Outcomes of accepted contacts, the offices' pipeline and the home page's figures."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from partnering.factories import OpportunityFactory

from ejrc.partnering.domain.interests import answer_interest, express_interest
from ejrc.partnering.domain.outcomes import pipeline, record_outcome
from ejrc.partnering.models import Outcome

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


@pytest.fixture
def contact(cluster, cluster_admin, gifu, gifu_officer):
    interest = express_interest(actor=gifu_officer, opportunity=OpportunityFactory(organisation=cluster),
                                organisation=gifu, message="Hydrogen buses.")
    return answer_interest(actor=cluster_admin, interest=interest, accept=True)


def test_each_side_records_the_stages_with_a_pdf_checked_by_content(contact, gifu_officer, cluster_admin):
    record_outcome(actor=gifu_officer, interest=contact, stage="first_meeting", happened_on=TODAY - timedelta(days=9))
    mou = record_outcome(actor=cluster_admin, interest=contact, stage="mou_signed", happened_on=TODAY,
                         document=SimpleUploadedFile("mou.pdf", PDF))
    with mou.document.open("rb") as stored:
        assert stored.read().startswith(b"%PDF")
    with pytest.raises(ValidationError, match="PDF"):
        record_outcome(actor=cluster_admin, interest=contact, stage="letter_of_intent", happened_on=TODAY,
                       document=SimpleUploadedFile("loi.pdf", b"<html><script>x()</script></html>"))
    with pytest.raises(ValidationError, match="already recorded"):
        record_outcome(actor=gifu_officer, interest=contact, stage="mou_signed", happened_on=TODAY)
    with pytest.raises(ValidationError, match="future"):
        record_outcome(actor=gifu_officer, interest=contact, stage="project_submitted",
                       happened_on=TODAY + timedelta(days=1))
    assert [o.stage for o in contact.outcomes.all()] == ["first_meeting", "mou_signed"]


def test_only_the_two_sides_of_an_accepted_contact_record(contact, outsider, gifu, gifu_officer, cluster):
    with pytest.raises(PermissionDenied):
        record_outcome(actor=outsider, interest=contact, stage="first_meeting", happened_on=TODAY)
    pending = express_interest(actor=gifu_officer, opportunity=OpportunityFactory(organisation=cluster),
                               organisation=gifu, message="Again.")
    with pytest.raises(ValidationError, match="accepted"):
        record_outcome(actor=gifu_officer, interest=pending, stage="first_meeting", happened_on=TODAY)


def test_the_pipeline_shows_each_office_its_area(contact, helpdesk, staff, client, cluster_admin):
    record_outcome(actor=cluster_admin, interest=contact, stage="mou_signed", happened_on=TODAY)
    assert list(pipeline(office=helpdesk["gifu"])) == [contact]  # the prefecture's side
    assert list(pipeline(office=helpdesk["iwate"])) == []
    client.force_login(staff)
    page = client.get(reverse("partnering:pipeline")).content.decode()
    assert "Memorandum of understanding signed" in page and "Gifu Prefecture" in page
    client.force_login(cluster_admin)
    assert client.get(reverse("partnering:pipeline")).status_code == 404


@pytest.mark.parametrize("rows", [1, 4])
def test_the_pipeline_takes_a_fixed_number_of_queries(helpdesk, staff, client, cluster, gifu, gifu_officer,
                                                     cluster_admin, rows, django_assert_num_queries):
    for _row in range(rows):
        interest = express_interest(actor=gifu_officer, opportunity=OpportunityFactory(organisation=cluster),
                                    organisation=gifu, message="Hello.")
        answer_interest(actor=cluster_admin, interest=interest, accept=True)
        record_outcome(actor=gifu_officer, interest=interest, stage="first_meeting", happened_on=TODAY)
    client.force_login(staff)
    client.get(reverse("partnering:pipeline"))
    with django_assert_num_queries(7):
        client.get(reverse("partnering:pipeline"))


def test_the_form_on_the_contact_page_and_the_home_page_figures(contact, client, gifu_officer):
    client.force_login(gifu_officer)
    address = reverse("partnering:outcome-record", kwargs={"pk": contact.pk})
    page = client.post(address, {"stage": "mou_signed", "happened_on": "not a date"}, follow=True)
    assert page.status_code == 200 and not Outcome.objects.exists()
    client.post(address, {"stage": "mou_signed", "happened_on": TODAY.isoformat(),
                          "document": SimpleUploadedFile("mou.pdf", PDF)})
    assert Outcome.objects.get().stage == "mou_signed"
    home = client.get(reverse("home")).content.decode()
    assert "accepted contacts" in home and "Memorandum of understanding signed" in home
    japanese = client.get(reverse("home").replace("/en/", "/ja/")).content.decode()
    assert "覚書" in japanese
