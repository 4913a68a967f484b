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
from ejrc.core.i18n import localized
from ejrc.events.models import RegistrationStatus


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


def export_table(event, registrations):
    """The header and one row per registration: what CSV and XLSX files hold."""
    questions = list(event.questions.all())
    header = [_("Name"), _("Name in Japanese"), _("E-mail address"), _("Organisation"), _("Kind"), _("Country"),
              _("Status"), _("Registered"), _("Site visits and sessions"), _("Checked in"),
              *(localized(question, "label") for question in questions)]
    rows = []
    for registration in registrations:
        user, organisation = registration.user, registration.organisation
        choices = "; ".join(f"{localized(c.session, 'title')} ({c.get_status_display()})"
                            for c in registration.choices.all())
        rows.append([
            user.name, user.name_ja, user.email, localized(organisation, "name"), organisation.get_kind_display(),
            localized(organisation.country, "name"), registration.get_status_display(),
            timezone.localtime(registration.created, event.zone).strftime("%Y-%m-%d %H:%M"), choices,
            timezone.localtime(registration.checked_in_at, event.zone).strftime("%Y-%m-%d %H:%M")
            if registration.checked_in_at else "",
            *(registration.answers.get(str(question.pk), "") for question in questions)])
    return header, rows


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
