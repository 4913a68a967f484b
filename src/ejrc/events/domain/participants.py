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
            .prefetch_related("choices__session").order_by("organisation__name_en", "user__name", "id"))
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


EXPORT_FIELDS = ("pk", "user__name", "user__name_ja", "user__email", "organisation__name_en",
                 "organisation__name_ja", "organisation__kind", "organisation__country__name_en",
                 "organisation__country__name_ja", "status", "created", "checked_in_at", "answers")


def export_table(event, registrations):
    """The header and one row per registration: what CSV and XLSX files hold.

    Read as plain values, with labels looked up once: model instances and a
    ``get_FOO_display()`` per cell made a 3,000-row export several times slower.
    """
    questions = list(event.questions.all())
    header = [_("Name"), _("Name in Japanese"), _("E-mail address"), _("Organisation"), _("Kind"), _("Country"),
              _("Status"), _("Registered"), _("Site visits and sessions"), _("Checked in"),
              *(localized(question, "label") for question in questions)]
    statuses, kinds = _labels(RegistrationStatus), _labels(OrganisationKind)
    choice_statuses = _labels(SessionChoiceStatus)
    records = list(registrations.prefetch_related(None).values(*EXPORT_FIELDS))
    japanese = current_language() == "ja"
    chosen = {}
    for choice in (SessionChoice.objects.filter(registration__in=[r["pk"] for r in records])
                   .values("registration_id", "session__title_en", "session__title_ja", "status")
                   .order_by("session__starts_at", "id")):
        title = (japanese and choice["session__title_ja"]) or choice["session__title_en"]
        chosen.setdefault(choice["registration_id"], []).append(f"{title} ({choice_statuses[choice['status']]})")
    zone = event.zone
    rows = []
    for record in records:
        in_language = lambda field: (japanese and record[f"{field}_ja"]) or record[f"{field}_en"]  # noqa: E731
        rows.append([
            record["user__name"], record["user__name_ja"], record["user__email"], in_language("organisation__name"),
            kinds[record["organisation__kind"]], in_language("organisation__country__name"),
            statuses[record["status"]], timezone.localtime(record["created"], zone).strftime("%Y-%m-%d %H:%M"),
            "; ".join(chosen.get(record["pk"], [])),
            timezone.localtime(record["checked_in_at"], zone).strftime("%Y-%m-%d %H:%M")
            if record["checked_in_at"] else "",
            *(record["answers"].get(str(question.pk), "") for question in questions)])
    return header, rows


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
    for row in rows:
        sheet.append([_safe_cell(value) for value in row])
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
