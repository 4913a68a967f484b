"""The organiser's participant list: filters, the rows of the CSV/XLSX export, check-in."""

import csv
import io

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook

from ejrc.core.activity import log_action
from ejrc.core.i18n import current_language, localized
from ejrc.directory.models import OrganisationKind
from ejrc.events.models import RegistrationStatus, SessionChoice, SessionChoiceStatus


def participants(event, *, status="", group="", kind="", session=None, text=""):
    """The event's registrations, filtered, with what the list, export and badges show."""
    rows = (event.registrations.select_related("user", "organisation__country")
            .order_by("organisation__name_en", "user__name", "id"))
    if status:
        rows = rows.filter(status=status)
    if group:
        rows = rows.filter(organisation__country__group=group)
    if kind:
        rows = rows.filter(organisation__kind=kind)
    if session is not None:
        rows = rows.filter(choices__session=session)
    for word in text.split():
        rows = rows.filter(Q(user__name__icontains=word) | Q(user__name_ja__icontains=word)
                           | Q(user__email__icontains=word) | Q(organisation__name_en__icontains=word)
                           | Q(organisation__name_ja__icontains=word))
    return rows


RECORD_FIELDS = ("pk", "user_id", "user__name", "user__name_ja", "user__email", "organisation__name_en",
                 "organisation__name_ja", "organisation__kind", "organisation__country__name_en",
                 "organisation__country__name_ja", "status", "created", "checked_in_at")


class Labels:
    """Choice labels and the viewer's language, looked up once per page or file."""

    def __init__(self):
        self.statuses, self.kinds = _labels(RegistrationStatus), _labels(OrganisationKind)
        self.choice_statuses = _labels(SessionChoiceStatus)
        self.japanese = current_language() == "ja"

    def pick(self, record, field):
        return (self.japanese and record[f"{field}_ja"]) or record[f"{field}_en"]


def participant_records(registrations, *, with_answers=False):
    """The registrations as plain dicts (``values()``), for a page of the list or a whole export.

    Read as plain values, with labels looked up once and the session choices of every row read
    in one query (a subquery of the same filters, not a list of ids): model instances, a
    ``get_FOO_display()`` per cell and a prefetch per row made a 3,000-row export several
    times slower. ``registrations`` may be a slice (a page). Each record gets ``name``,
    ``organisation``, ``country``, ``kind_label``, ``status_label`` and ``choices`` (text).
    """
    fields = (*RECORD_FIELDS, "answers") if with_answers else RECORD_FIELDS
    records = list(registrations.prefetch_related(None).values(*fields))
    sliced = registrations.query.is_sliced
    chosen_from = [record["pk"] for record in records] if sliced else registrations.values("pk")
    labels, chosen = Labels(), {}
    for choice in (SessionChoice.objects.filter(registration__in=chosen_from)
                   .values_list("registration_id", "session__title_en", "session__title_ja", "status")
                   .order_by("session__starts_at", "id")):
        registration_id, title_en, title_ja, status = choice
        title = (labels.japanese and title_ja) or title_en
        chosen.setdefault(registration_id, []).append(f"{title} ({labels.choice_statuses[status]})")
    for record in records:
        name_ja = record["user__name_ja"]
        record.update(
            name=(labels.japanese and name_ja) or record["user__name"] or name_ja or record["user__email"] or "",
            organisation=labels.pick(record, "organisation__name"),
            country=labels.pick(record, "organisation__country__name"),
            kind_label=labels.kinds[record["organisation__kind"]], status_label=labels.statuses[record["status"]],
            choices="; ".join(chosen.get(record["pk"], [])))
    return records


def export_table(event, registrations):
    """The header and one row per registration: what CSV and XLSX files hold."""
    questions = list(event.questions.all())
    header = [_("Name"), _("Name in Japanese"), _("E-mail address"), _("Organisation"), _("Kind"), _("Country"),
              _("Status"), _("Registered"), _("Site visits and sessions"), _("Checked in"),
              *(localized(question, "label") for question in questions)]
    zone = event.zone
    keys = [str(question.pk) for question in questions]
    rows = []
    for record in participant_records(registrations, with_answers=bool(questions)):
        answers = record.get("answers") or {}
        rows.append([
            record["user__name"], record["user__name_ja"], record["user__email"], record["organisation"],
            record["kind_label"], record["country"], record["status_label"], _local(record["created"], zone),
            record["choices"], _local(record["checked_in_at"], zone), *(answers.get(key, "") for key in keys)])
    return header, rows


def _local(moment, zone):
    return timezone.localtime(moment, zone).strftime("%Y-%m-%d %H:%M") if moment else ""


def _labels(choices):
    return {value: str(label) for value, label in choices.choices}


def as_csv(header, rows):
    """UTF-8 with a byte-order mark, so that spreadsheet programs read the Japanese right."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows([_safe_cell(value) for value in row] for row in rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def as_xlsx(header, rows, *, title):
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    sheet.append(header)
    for row in rows:  # an empty text is no cell at all: openpyxl writes each cell's XML by itself
        sheet.append([None if value == "" else _safe_cell(value) for value in row])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _safe_cell(value):
    """A participant's text starting like a formula is kept as text, never run."""
    return "'" + value if isinstance(value, str) and value[:1] in ("=", "+", "-", "@") else value


def check_in(*, actor, registration, present=True):
    """Tick (or untick) a confirmed participant as arrived."""
    if registration.status != RegistrationStatus.CONFIRMED:
        raise ValidationError(_("Only confirmed participants can be checked in."))
    with transaction.atomic():
        registration.checked_in_at = timezone.now() if present else None
        registration.save(update_fields=["checked_in_at", "updated"])
        log_action(actor=actor, action="events.registration.check_in" if present else "events.registration.uncheck",
                   subject=registration)
    return registration
