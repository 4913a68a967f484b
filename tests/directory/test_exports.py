"""Staff exports of the directory's search results (CSV and XLSX), with the current filters."""

import csv
import io

import pytest
from directory.factories import OrganisationFactory, SectorFactory
from openpyxl import load_workbook

from ejrc.directory.domain.search import refresh_search_text

pytestmark = pytest.mark.django_db


def indexed(**fields):
    organisation = OrganisationFactory(**fields)
    refresh_search_text(organisation)
    return organisation


def csv_rows(response):
    body = b"".join(response.streaming_content)
    assert body.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


@pytest.fixture
def organisations(helpdesk):
    hydrogen = indexed(name_en="Hydrogen valley", name_ja="水素バレー", kind="cluster", city="=HYPERLINK(1)")
    hydrogen.sectors.add(SectorFactory(code="S001"))
    indexed(name_en="Hydrogen region", kind="region")
    indexed(name_en="Wine cluster", kind="cluster")


def test_staff_export_the_current_search_as_csv(client, staff_user, organisations):
    client.force_login(staff_user)
    response = client.get("/en/directory/export.csv?q=hydrogen&kind=cluster")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    header, *rows = csv_rows(response)
    assert header[:3] == ["Name (English)", "Name (Japanese)", "Kind"]
    assert [row[0] for row in rows] == ["Hydrogen valley"]
    assert rows[0][5] == "'=HYPERLINK(1)"  # kept as text, never run as a formula
    assert rows[0][7] == "cluster:S001" and rows[0][11].endswith("/en/directory/" + rows[0][11].rsplit("/", 2)[1] + "/")


def test_staff_export_as_xlsx_holds_the_same_rows(client, staff_user, organisations):
    client.force_login(staff_user)
    response = client.get("/ja/directory/export.xlsx?q=hydrogen")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    names = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert sorted(names) == ["Hydrogen region", "Hydrogen valley"]
    assert sheet.cell(1, 1).value == "名称（英語）"


def test_the_search_page_offers_the_exports_to_staff_only(client, staff_user, member_user, organisations):
    assert "export.csv" not in client.get("/en/directory/?q=wine").content.decode()
    client.force_login(member_user)
    assert "export.csv" not in client.get("/en/directory/?q=wine").content.decode()
    client.force_login(staff_user)
    assert "/en/directory/export.csv?q=wine" in client.get("/en/directory/?q=wine").content.decode()


@pytest.mark.parametrize("count", [1, 6])
def test_an_export_takes_a_fixed_number_of_queries(client, staff_user, helpdesk, count, django_assert_num_queries):
    for number in range(count):
        indexed(name_en=f"Cluster {number}").sectors.add(SectorFactory())
    client.force_login(staff_user)
    with django_assert_num_queries(6):  # session, user, second factor, rows, their sectors and interests
        rows = csv_rows(client.get("/en/directory/export.csv"))
    assert len(rows) == count + 1
