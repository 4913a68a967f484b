"""Reading a CSV file of organisation profiles and checking every row, before anything is saved.

The file must be UTF-8 (a byte-order mark is fine: spreadsheet programs write one) with a
header row naming at least :data:`REQUIRED_COLUMNS`; other known columns are
:data:`OPTIONAL_COLUMNS`. Lists (sectors as ``scheme:code``, interests, third countries as ISO
codes) are separated by ``;``. Each row is checked by the profile form's own rules, and two
rows naming the same organisation (English name and country) are refused. A file that
cannot be read at all is one :class:`ImportFileError` with the reason; otherwise every row
is accepted or rejected with its reasons (:class:`CheckedFile`).
"""

import csv
import io
from dataclasses import dataclass, field

from django import forms
from django.utils.translation import gettext as _

from .forms import OrganisationForm, region_choices, sector_choices, third_country_choices

REQUIRED_COLUMNS = ["kind", "name_en", "description_en", "country"]
OPTIONAL_COLUMNS = ["name_ja", "description_ja", "region", "prefecture", "city", "website", "member_count",
                    "sectors", "interests", "third_countries"]
LIST_COLUMNS = ("sectors", "interests", "third_countries")
MAX_ROWS = 5000
MAX_BYTES = 20 * 1024 * 1024


class ImportFileError(Exception):
    """The file as a whole cannot be imported: the message says why."""


@dataclass
class RejectedRow:
    line: int
    name: str
    reasons: list


@dataclass
class CheckedFile:
    proposals: list = field(default_factory=list)
    rejected: list = field(default_factory=list)
    ignored_columns: list = field(default_factory=list)

    @property
    def importable(self):
        return bool(self.proposals) and not self.rejected


class ImportRowForm(OrganisationForm):
    """The profile form, with its choices computed once per file instead of once per row."""

    def __init__(self, *args, choices, **kwargs):
        forms.Form.__init__(self, *args, **kwargs)  # not OrganisationForm's, which looks the choices up
        self.organisation = None
        for name, options in choices.items():
            self.fields[name].choices = options


def _choices():
    return {"sectors": sector_choices(), "third_countries": third_country_choices(), "region": region_choices()}


def _text(raw):
    if len(raw) > MAX_BYTES:
        raise ImportFileError(_("The file is larger than %(size)d MB.") % {"size": MAX_BYTES // (1024 * 1024)})
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFileError(_("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and try again.")) from None


def read_rows(raw):
    """The header and the rows (dicts) of ``raw`` bytes, or :class:`ImportFileError`."""
    text = _text(raw)
    if "\x00" in text:
        raise ImportFileError(_("This is not a CSV file."))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [name.strip() for name in reader.fieldnames or []]
    if not header:
        raise ImportFileError(_("The file is empty."))
    reader.fieldnames = header
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        raise ImportFileError(_("Columns missing from the header row: %(columns)s.") % {"columns": ", ".join(missing)})
    rows = []
    try:
        for row in reader:
            rows.append(row)
            if len(rows) > MAX_ROWS:
                raise ImportFileError(_("The file has more than %(limit)d rows: split it into several files.")
                                      % {"limit": MAX_ROWS})
    except csv.Error as error:
        raise ImportFileError(_("The file is not valid CSV (line %(line)d): %(error)s")
                              % {"line": reader.line_num, "error": error}) from None
    if not rows:
        raise ImportFileError(_("The file has a header row but no organisation."))
    return header, rows


def _form_data(row):
    data = {}
    for name in REQUIRED_COLUMNS + OPTIONAL_COLUMNS:
        value = (row.get(name) or "").strip()
        if name in LIST_COLUMNS:
            data[name] = [item.strip() for item in value.split(";") if item.strip()]
        else:
            data[name] = value
    return data


def _reasons(form):
    reasons = []
    for name, errors in form.errors.items():
        label = form.fields[name].label if name in form.fields else ""
        reasons += [f"{label}: {error}" if label else str(error) for error in errors]
    return reasons


def check_file(raw):
    """Every row of the file checked: the proposals to import and the rejected rows with reasons."""
    header, rows = read_rows(raw)
    checked = CheckedFile(ignored_columns=[name for name in header if name not in REQUIRED_COLUMNS + OPTIONAL_COLUMNS])
    choices, seen = _choices(), {}
    for line, row in enumerate(rows, start=2):  # line 1 is the header
        if None in row:  # more cells than columns
            checked.rejected.append(RejectedRow(line, row.get("name_en") or "", [_("More cells than columns.")]))
            continue
        form = ImportRowForm(_form_data(row), choices=choices)
        if not form.is_valid():
            checked.rejected.append(RejectedRow(line, row.get("name_en") or "", _reasons(form)))
            continue
        proposal = form.proposal()
        key = (proposal["name_en"].strip().casefold(), proposal["country"])
        if key in seen:
            checked.rejected.append(RejectedRow(line, proposal["name_en"], [
                _("The same organisation (English name and country) is on line %(line)d.") % {"line": seen[key]}]))
            continue
        seen[key] = line
        checked.proposals.append(proposal)
    return checked
