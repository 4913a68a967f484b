"""Recording an agreement in a real browser: several organisations, a date and a PDF."""

import pytest
from browser_support import in_browser, screenshot, session_cookie
from directory.factories import OrganisationFactory, StaffUserFactory, offices, region

from ejrc.directory.models import CooperationLink

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def test_staff_record_an_agreement_that_both_profiles_show(live_server, tmp_path):
    offices()
    lyon = OrganisationFactory(name_en="Lyon Photonics", name_ja="リヨン・フォトニクス", region=region())
    gifu = OrganisationFactory(name_en="Gifu Aerospace", name_ja="岐阜航空宇宙", japanese=True)
    staff = StaffUserFactory()
    document = tmp_path / "mou.pdf"
    document.write_bytes(PDF)

    def record(page):
        page.goto("/ja/directory/agreements/new/")
        page.select_option("#id_kind", "mou")
        page.fill("#id_title_en", "Photonics and aerospace MoU")
        page.fill("#id_title_ja", "光技術と航空宇宙に関する覚書")
        page.fill("#id_signed_on", "2025-10-01")
        page.select_option("#id_organisations", [str(lyon.pk), str(gifu.pk)])
        page.set_input_files("#id_document", str(document))
        screenshot(page, "agreement-form-ja")
        page.get_by_role("button", name="保存").click()
        page.wait_for_url("**/ja/directory/agreements/")
        screenshot(page, "agreement-list-ja")
        page.goto(f"/ja/directory/{gifu.slug}/")
        screenshot(page, "agreement-on-profile-ja")
        return page.locator("ul.agreements").inner_text()

    shown = in_browser(record, live_server.url, locale="ja-JP", cookies=[session_cookie(staff, live_server.url)])
    assert "光技術と航空宇宙に関する覚書" in shown and "リヨン・フォトニクス" in shown and "2025年10月1日締結" in shown
    agreement = CooperationLink.objects.get()
    assert set(agreement.organisations.all()) == {lyon, gifu}
    with agreement.document.open("rb") as stored:
        assert stored.read() == PDF
