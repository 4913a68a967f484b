"""The partnering journey in a real browser: a Japanese prefecture officer gets a European
cluster recommended with its reasons, expresses interest, the cluster accepts, both see each
other's contacts, they record a signed MoU, and the office sees it in its pipeline."""

import pytest
from browser_support import in_browser, screenshot, session_cookie
from directory.factories import (
    ContactFactory,
    MembershipFactory,
    OrganisationFactory,
    SectorFactory,
    StaffUserFactory,
    country,
    offices,
    region,
)
from django.utils import timezone
from partnering.factories import OpportunityFactory

from ejrc.directory.models import CooperationLink, Membership, OrganisationKind, Visibility
from ejrc.partnering.domain.vectors import refresh_all_vectors
from ejrc.partnering.models import ExpressionOfInterest, Outcome

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def express_interest_from_a_recommendation(slug):
    def journey(page):
        page.goto(f"/ja/partnering/matches/{slug}/")
        match = page.locator("li.match").first
        match.wait_for()
        screenshot(page, "partnering-1-recommendation-ja")
        reasons = match.locator(".reasons").inner_text()
        match.get_by_role("link", name="燃料電池の技術移転").click()
        page.fill("#id_message", "岐阜県の水素バス実証にご協力いただけませんか。")
        page.get_by_role("button", name="関心を表明する").click()
        page.wait_for_url("**/ja/partnering/interests/*/")
        screenshot(page, "partnering-2-interest-sent-ja")
        return reasons, page.locator("main").inner_text()
    return journey


def accept(pk):
    def journey(page):
        page.goto("/en/partnering/mine/")
        page.get_by_role("link", name="Gifu Prefecture", exact=False).first.click()
        page.get_by_role("button", name="Accept").click()
        page.wait_for_url(f"**/en/partnering/interests/{pk}/")
        screenshot(page, "partnering-3-accepted")
        return page.content()
    return journey


def record_the_mou(pk):
    def journey(page):
        page.goto(f"/ja/partnering/interests/{pk}/")
        contacts = page.locator("ul.contacts").inner_text()
        page.select_option("#id_stage", "mou_signed")
        page.fill("#id_happened_on", timezone.localdate().isoformat())
        page.get_by_role("button", name="記録する").click()
        page.wait_for_url(f"**/ja/partnering/interests/{pk}/")
        screenshot(page, "partnering-4-mou-ja")
        return contacts
    return journey


def see_the_pipeline(page):
    page.goto("/en/partnering/pipeline/?office=gifu")
    screenshot(page, "partnering-5-pipeline")
    return page.locator("main").inner_text()


def test_recommendation_interest_acceptance_contacts_mou_and_pipeline(live_server):
    helpdesk = offices()
    hydrogen = SectorFactory(code="H2", name_en="Hydrogen", name_ja="水素")
    gifu = OrganisationFactory(japanese=True, kind=OrganisationKind.PREFECTURE, name_en="Gifu Prefecture",
                               name_ja="岐阜県", description_ja="<p>水素エネルギーの産業振興。</p>")
    gifu.sectors.add(hydrogen)
    gifu.interests.create(interest="innovation")
    officer = MembershipFactory(organisation=gifu, role=Membership.Role.MEMBER).user
    officer.preferred_language = "ja"
    officer.save(update_fields=["preferred_language"])
    cluster = OrganisationFactory(name_en="Grand Est Hydrogen Valley", name_ja="グランテスト水素バレー",
                                  region=region("FRF", "Grand Est", "FR"),
                                  description_en="<p>Hydrogen valley of eastern France.</p>")
    cluster.sectors.add(hydrogen)
    cluster.interests.create(interest="innovation")
    admin = MembershipFactory(organisation=cluster, role=Membership.Role.ADMIN).user
    OpportunityFactory(organisation=cluster, kind="technology", title_en="Fuel cell technology transfer",
                       title_ja="燃料電池の技術移転").sectors.add(hydrogen)
    ContactFactory(organisation=cluster, name="Claire Valley", visibility=Visibility.ON_REQUEST)
    ContactFactory(organisation=gifu, name="水野 花子", visibility=Visibility.ON_REQUEST)
    CooperationLink.objects.create(kind="twinning", eu_place="Strasbourg", eu_country=country("FR"),
                                   eu_region=region("FRF11", "Bas-Rhin", "FR", level=3), jp_place="Gifu",
                                   jp_prefecture=gifu.prefecture)
    refresh_all_vectors()
    staff = StaffUserFactory(office=helpdesk["gifu"])

    reasons, waiting = in_browser(express_interest_from_a_recommendation(gifu.slug), live_server.url,
                                  locale="ja-JP", timezone_id="Asia/Tokyo",
                                  cookies=[session_cookie(officer, live_server.url)])
    assert "Claire Valley" not in waiting  # contacts "on request" stay hidden until the cluster accepts
    assert "どちらも水素に取り組んでいます。" in reasons
    assert "GifuとStrasbourgはすでに姉妹都市です。" in reasons
    interest = ExpressionOfInterest.objects.get()
    assert interest.organisation == gifu and interest.status == ExpressionOfInterest.Status.PENDING

    accepted = in_browser(accept(interest.pk), live_server.url, cookies=[session_cookie(admin, live_server.url)])
    assert "水野 花子" in accepted  # the prefecture's contact, disclosed on acceptance

    contacts = in_browser(record_the_mou(interest.pk), live_server.url, locale="ja-JP", timezone_id="Asia/Tokyo",
                          cookies=[session_cookie(officer, live_server.url)])
    assert "Claire Valley" in contacts
    assert Outcome.objects.get().stage == "mou_signed"

    pipeline = in_browser(see_the_pipeline, live_server.url, cookies=[session_cookie(staff, live_server.url)])
    assert "Memorandum of understanding signed" in pipeline and "Gifu Prefecture" in pipeline
