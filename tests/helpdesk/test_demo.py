"""The helpdesk step of ``ejrc load-demo-content``: inquiries in both languages, some answered,
and a published FAQ, once."""

import pytest
from django.core.management import call_command

from ejrc.geo.domain.reference import load_countries, load_prefectures
from ejrc.helpdesk.models import FaqEntry, Inquiry, InquiryStatus

pytestmark = pytest.mark.django_db


def test_the_demo_has_inquiries_in_both_languages_some_answered_and_a_faq(capsys, client):
    load_countries()
    load_prefectures()
    call_command("load_demo_content")
    call_command("load_demo_content")
    output = capsys.readouterr().out
    assert "helpdesk: 4 inquiries (2 answered), 3 FAQ entries" in output
    assert "helpdesk: demo inquiries already there" in output
    inquiries = {i.language + ":" + i.office.code: i for i in Inquiry.objects.select_related("office")}
    assert set(inquiries) == {"ja:gifu", "en:strasbourg", "ja:iwate"} and Inquiry.objects.count() == 4
    assert inquiries["ja:gifu"].status == InquiryStatus.ANSWERED
    assert Inquiry.objects.filter(status=InquiryStatus.CLOSED).count() == 1
    assert FaqEntry.objects.filter(published=True).count() == 3
    assert "日EU経済連携協定で何が変わりますか？" in client.get("/ja/helpdesk/faq/").content.decode()
