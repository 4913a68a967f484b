"""The organiser's tools: filtered participant list, CSV/XLSX export, badges, check-in, dashboard."""

import io
import re
import zlib

import pytest
from directory.factories import MembershipFactory, OrganisationFactory, UserFactory
from django.urls import reverse
from events.factories import organisation_of, site_visit
from openpyxl import load_workbook

from ejrc.events.domain.registration import register
from ejrc.events.models import EventQuestion, Registration

pytestmark = pytest.mark.django_db


def url(name, event, **kwargs):
    return reverse(f"events:{name}", kwargs={"slug": event.slug, **kwargs})


@pytest.fixture
def signed_up(event, organiser, cluster_manager, prefecture_officer):
    """Both participants registered, the officer for the site visit; the organiser signed in."""
    question = EventQuestion.objects.create(event=event, label_en="Dietary needs", label_ja="食事の制限")
    visit = site_visit(event, organiser=organiser, title_en="Port of Strasbourg")
    register(actor=cluster_manager, event=event, organisation=organisation_of(cluster_manager),
             answers={str(question.pk): "=HYPERLINK(\"http://evil.example\")"})
    register(actor=prefecture_officer, event=event, organisation=organisation_of(prefecture_officer),
             answers={str(question.pk): "ベジタリアン"}, sessions=[visit])
    prefecture_officer.name_ja = "山田 花子"
    prefecture_officer.save()
    return visit


def listed(client, event, **filters):
    response = client.get(url("registrations", event), filters)
    return sorted(registration["user__email"] for registration in response.context["registrations"])


def test_the_participant_list_filters(client, event, organiser, signed_up, cluster_manager, prefecture_officer):
    client.force_login(organiser)
    assert listed(client, event) == sorted([cluster_manager.email, prefecture_officer.email])
    assert listed(client, event, group="japan") == [prefecture_officer.email]
    assert listed(client, event, group="eu") == [cluster_manager.email]
    assert listed(client, event, kind="prefecture") == [prefecture_officer.email]
    assert listed(client, event, session=signed_up.pk) == [prefecture_officer.email]
    assert listed(client, event, text="Gifu") == [prefecture_officer.email]
    assert listed(client, event, status="waiting") == []
    assert listed(client, event, status="nonsense") == sorted([cluster_manager.email, prefecture_officer.email])


def test_the_list_is_paged_and_keeps_its_filters(client, monkeypatch, event, organiser, signed_up,
                                                 cluster_manager, prefecture_officer):
    monkeypatch.setattr("ejrc.events.views.organiser.PER_PAGE", 1)
    client.force_login(organiser)
    first = client.get(url("registrations", event), {"status": "confirmed"})
    assert 'href="?status=confirmed&amp;page=2"' in first.content.decode()
    assert listed(client, event, status="confirmed", page=2) == [prefecture_officer.email]


def test_the_csv_export_is_utf8_for_spreadsheets_and_runs_no_formula(client, event, organiser, signed_up):
    client.force_login(organiser)
    response = client.get(url("export-csv", event), {"group": "japan"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeffName,Name in Japanese,E-mail address,Organisation,Kind,Country,Status,")
    lines = text.strip().splitlines()
    assert len(lines) == 2 and "山田 花子" in lines[1] and "Port of Strasbourg (Confirmed)" in lines[1]
    assert lines[1].endswith(",ベジタリアン")
    everyone = client.get(url("export-csv", event)).content.decode("utf-8")
    assert "\"'=HYPERLINK(\"\"http://evil.example\"\")\"" in everyone


def test_the_xlsx_export_holds_the_same_rows(client, event, organiser, signed_up, prefecture_officer):
    client.force_login(organiser)
    response = client.get(url("export-xlsx", event))
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Name", "Name in Japanese", "E-mail address") and rows[0][-1] == "Dietary needs"
    assert len(rows) == 3
    officer = next(row for row in rows if row[2] == prefecture_officer.email)
    assert (officer[1], officer[-1]) == ("山田 花子", "ベジタリアン")
    assert any(row[-1] == "'=HYPERLINK(\"http://evil.example\")" for row in rows)


def _pdf_text_maps(content):
    """The decompressed streams of a PDF: its ToUnicode maps say which characters are drawn."""
    streams = re.findall(rb"stream\r?\n(.*?)\r?\nendstream", content, re.S)
    out = []
    for stream in streams:
        try:
            out.append(zlib.decompress(stream))
        except zlib.error:
            out.append(stream)
    return b"\n".join(out)


def test_badges_are_a_pdf_with_the_japanese_font_embedded(client, event, organiser, signed_up):
    for _ in range(8):
        membership = MembershipFactory(role="member", organisation=OrganisationFactory(japanese=True))
        register(actor=membership.user, event=event, organisation=membership.organisation)
    client.force_login(organiser)
    response = client.get(url("badges", event))
    assert response["Content-Type"] == "application/pdf"
    content = response.content
    assert content.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type /Page\b", content)) == 2  # ten badges, eight to a page
    maps = _pdf_text_maps(content)
    assert b"NotoSansCJKjp" in content + maps
    for character in "山田花子岐阜県":  # drawn with real glyphs: each is in the font's ToUnicode map
        assert f"<{ord(character):04X}>".encode() in maps


def test_check_in_finds_and_ticks_a_confirmed_participant(client, event, organiser, signed_up, prefecture_officer):
    client.force_login(organiser)
    page = client.get(url("check-in", event), {"q": "山田"}).content.decode()
    registration = Registration.objects.get(user=prefecture_officer)
    assert f'id="check-in-{registration.pk}"' in page and "Tick as arrived" in page
    row = client.post(url("check-in-one", event, pk=registration.pk), {"present": "1", "q": "山田"},
                      HTTP_HX_REQUEST="true").content.decode()
    assert "✓ Arrived" in row
    registration.refresh_from_db()
    assert registration.checked_in_at is not None
    client.post(url("check-in-one", event, pk=registration.pk), {"present": "0"})
    registration.refresh_from_db()
    assert registration.checked_in_at is None


def test_a_participant_awaiting_approval_cannot_be_checked_in(client, organiser, cluster_manager):
    from events.factories import make_event
    event = make_event(organiser=organiser, slug="approval", requires_approval=True)
    registration = register(actor=cluster_manager, event=event, organisation=organisation_of(cluster_manager))
    client.force_login(organiser)
    response = client.post(url("check-in-one", event, pk=registration.pk), {"present": "1"}, follow=True)
    assert [str(m) for m in response.context["messages"]] == ["Only confirmed participants can be checked in."]
    registration.refresh_from_db()
    assert registration.checked_in_at is None


def test_the_dashboard_draws_the_figures(client, event, organiser, signed_up):
    client.force_login(organiser)
    page = client.get(url("dashboard", event)).content.decode()
    assert "2 registrations, 2 confirmed." in page
    assert page.count("<svg") == 5
    assert "1 · 1 of 1 places, 0 waiting" in page  # the site visit is full
    assert re.search(r"European Union</text>\s*<rect x=\"200\" y=\"1\" height=\"7\" width=\"300\"", page)


@pytest.mark.parametrize("name", ["registrations", "export-csv", "export-xlsx", "badges", "check-in", "dashboard"])
def test_the_tools_are_a_404_for_everyone_but_the_organisers(client, event, cluster_manager, name):
    register(actor=cluster_manager, event=event, organisation=organisation_of(cluster_manager))
    assert client.get(url(name, event)).status_code == 302  # sign in first
    for person in (UserFactory(), cluster_manager):
        client.force_login(person)
        assert client.get(url(name, event)).status_code == 404


def _registrations(event, visit, count):
    for index in range(count):
        membership = MembershipFactory(role="member", organisation=OrganisationFactory(japanese=index % 2 == 0))
        register(actor=membership.user, event=event, organisation=membership.organisation, sessions=[visit])


@pytest.mark.parametrize("count", [1, 6])
@pytest.mark.parametrize(("name", "queries", "params"), [
    ("registrations", 9, {}), ("registrations", 9, {"group": "japan", "text": "Organisation"}),
    ("export-csv", 8, {}), ("export-xlsx", 8, {}), ("check-in", 6, {"q": "Person"}), ("dashboard", 12, {})])
def test_the_tools_read_the_same_number_of_queries(client, django_assert_num_queries, event, organiser,
                                                   count, name, queries, params):
    _registrations(event, site_visit(event, organiser=organiser, capacity=3), count)
    client.force_login(organiser)
    with django_assert_num_queries(queries):
        assert client.get(url(name, event), params).status_code == 200
