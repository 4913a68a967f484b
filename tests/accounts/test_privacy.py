"""Privacy rights: the notice, marketing consent, a copy of one's data, deleting the account."""

import json
import re

import pytest
from accounts.conftest import PASSWORD

from ejrc.accounts.domain.privacy import export_personal_data
from ejrc.accounts.models import MarketingConsent, User
from ejrc.core.models import ActivityLog
from ejrc.directory.models import ContactRequest, Membership, Organisation, OrganisationStatus

pytestmark = pytest.mark.django_db


def test_the_privacy_notice_in_both_languages_names_the_rights_and_the_retention(client, settings):
    settings.EJRC_RETENTION_DAYS = {"contact_requests": 400}
    english = client.get("/en/privacy/").content.decode()
    for words in ["GDPR", "APPI", "portability", "Personal Information Protection Commission", "400 days",
                  settings.DEFAULT_FROM_EMAIL]:
        assert words in english
    japanese = client.get("/ja/privacy/").content.decode()
    assert "個人情報保護委員会" in japanese and "400日" in japanese
    assert "portability" not in japanese and "Contact requests" not in japanese


def test_the_footer_links_to_the_privacy_notice(client):
    assert 'href="/ja/privacy/"' in client.get("/ja/").content.decode()


def test_marketing_consent_is_kept_with_the_exact_wording_version_and_date(client, hanako):
    client.force_login(hanako)
    page = client.get("/ja/privacy/my-data/").content.decode()
    client.post("/ja/privacy/my-data/consent/", {"given": "on"})
    client.post("/en/privacy/my-data/consent/", {})
    withdrawn, given = MarketingConsent.objects.filter(user=hanako)
    assert given.given and given.language == "ja" and given.version == "2026-12"
    assert given.wording in page and re.search(r"[\u3040-\u30ff]", given.wording)
    assert not withdrawn.given and withdrawn.wording.startswith("I would like to receive")
    assert withdrawn.answered_at >= given.answered_at
    assert "wording version 2026-12" in client.get("/en/privacy/my-data/").content.decode()


def test_download_my_data_gives_everything_about_the_person_and_no_secret(client, hanako):
    from directory.factories import STAFF_TOTP_SECRET

    from ejrc.accounts.mfa import enable_totp

    enable_totp(actor=hanako, user=hanako, secret=STAFF_TOTP_SECRET)
    client.force_login(hanako)
    client.post("/en/privacy/my-data/consent/", {"given": "on"})
    response = client.get("/en/privacy/my-data/download/")
    assert response["Content-Type"] == "application/json"
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["account"]["email"] == "hanako@example.jp"
    assert {m["name"] for m in data["directory"]["memberships"]} == {"Gifu Ceramics Cluster", "Mino Paper Network"}
    assert data["directory"]["contact_requests_sent"][0]["message"] == "Hanako's private message to Lyon"
    assert data["account"]["marketing_consents"][0]["given"] is True
    assert data["account"]["second_factors"][0]["type"] == "totp"
    assert {"accounts.marketing_consent.give", "accounts.totp.enable"} <= {a["action"] for a in data["account"]["activity"]}
    assert STAFF_TOTP_SECRET not in response.content.decode()
    assert ActivityLog.objects.filter(action="accounts.personal_data.export", actor=hanako).exists()


def test_only_the_person_or_a_superuser_may_export(hanako):
    from directory.factories import StaffUserFactory, UserFactory
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        export_personal_data(actor=UserFactory(), user=hanako)
    with pytest.raises(PermissionDenied):
        export_personal_data(actor=StaffUserFactory(), user=hanako)
    root = StaffUserFactory(office=None, is_staff=True, is_superuser=True)
    assert export_personal_data(actor=root, user=hanako)["account"]["account"]["email"] == hanako.email
    log = ActivityLog.objects.get(action="accounts.personal_data.export")
    assert log.actor == root and log.object_id == str(hanako.pk)


def test_the_deletion_page_says_what_happens_to_the_organisations(client, hanako):
    client.force_login(hanako)
    page = client.get("/en/privacy/my-data/delete/").content.decode()
    assert "Mino Paper Network: you are its last administrator" in page
    assert "Gifu Ceramics Cluster" not in page
    japanese = client.get("/ja/privacy/my-data/delete/").content.decode()
    assert "Mino Paper Network" in japanese and "last administrator" not in japanese


def test_a_wrong_password_deletes_nothing(client, hanako):
    client.force_login(hanako)
    response = client.post("/en/privacy/my-data/delete/", {"password": "wrong"})
    assert response.status_code == 200 and "not your password" in response.content.decode()
    assert User.objects.filter(pk=hanako.pk).exists()


def test_deleting_the_account_removes_the_personal_data_and_keeps_the_profiles(client, hanako):
    client.force_login(hanako)
    client.post("/en/privacy/my-data/consent/", {"given": "on"})
    pk = hanako.pk
    response = client.post("/en/privacy/my-data/delete/", {"password": PASSWORD})
    assert response.status_code == 302 and "_auth_user_id" not in client.session
    assert not User.objects.filter(pk=pk).exists()
    assert not Membership.objects.filter(user_id=pk).exists()
    assert not ContactRequest.objects.filter(message__contains="Hanako").exists()
    assert not MarketingConsent.objects.exists()
    for name in ["Gifu Ceramics Cluster", "Mino Paper Network"]:
        assert Organisation.objects.get(name_en=name).status == OrganisationStatus.PUBLISHED
    assert Organisation.objects.get(name_en="Gifu Ceramics Cluster").memberships.count() == 1
    assert not ActivityLog.objects.filter(actor_id=pk).exists()
    deletion = ActivityLog.objects.get(action="accounts.account.delete")
    assert deletion.actor is None and deletion.object_id == str(pk) and "hanako" not in json.dumps(deletion.data)
    assert client.get("/en/").status_code == 200


def test_privacy_pages_ask_to_sign_in(client):
    for path in ["/en/privacy/my-data/", "/en/privacy/my-data/download/", "/en/privacy/my-data/delete/"]:
        response = client.get(path)
        assert response.status_code == 302 and response["Location"].startswith("/en/accounts/login/")
    assert client.get("/en/privacy/my-data/consent/").status_code in (302, 405)
