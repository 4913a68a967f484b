"""CSV and XLSX exports of directory search results, for helpdesk staff.

The rows are every published profile matching the search's query and facets, in its order,
read in chunks so that 50,000 profiles never sit in memory at once. CSV is UTF-8 with a
byte-order mark (spreadsheet programs then read the Japanese right) and streamed; a cell that
starts like a formula is written as text, never run.
"""

import csv
import io

from django.conf import settings
from django.db.models import Prefetch
from django.utils.translation import gettext as _
from openpyxl import Workbook

from ..models import OrganisationKind, Sector
from .revision_data import sector_key
from .search import all_matches

CHUNK = 2000
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def header():
    return [_("Name (English)"), _("Name (Japanese)"), _("Kind"), _("Country"), _("Region or prefecture"),
            _("City"), _("Website"), _("Sectors"), _("Cooperation interests"), _("Number of members"),
            _("Last confirmed"), _("Profile")]


def rows(params):
    """One list of cells per matching profile."""
    kinds = {value: str(label) for value, label in OrganisationKind.choices}
    matches = all_matches(params=params).select_related("country", "region", "prefecture").prefetch_related(
        Prefetch("sectors", queryset=Sector.objects.order_by("scheme", "code")), "interests")
    site = settings.EJRC_SITE_URL.rstrip("/")
    for organisation in matches.iterator(chunk_size=CHUNK):
        place = organisation.prefecture or organisation.region
        yield [
            organisation.name_en, organisation.name_ja, kinds.get(organisation.kind, organisation.kind),
            organisation.country.name_en, place.name_en if place else "", organisation.city, organisation.website,
            "; ".join(sector_key(sector) for sector in organisation.sectors.all()),
            "; ".join(sorted(item.interest for item in organisation.interests.all())),
            organisation.member_count if organisation.member_count is not None else "",
            organisation.confirmed_at.date().isoformat() if organisation.confirmed_at else "",
            site + organisation.get_absolute_url(),
        ]


def safe_cell(value):
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


class _Line:
    """A file-like object that hands back what the csv writer wrote."""

    def write(self, text):
        return text


def csv_chunks(params):
    """The CSV file, line by line, for a streaming response."""
    writer = csv.writer(_Line())
    yield ("\ufeff" + writer.writerow(header())).encode("utf-8")
    for row in rows(params):
        yield writer.writerow([safe_cell(value) for value in row]).encode("utf-8")


def xlsx_bytes(params):
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=_("Organisations")[:31])
    sheet.append(header())
    for row in rows(params):
        sheet.append([safe_cell(value) for value in row])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
