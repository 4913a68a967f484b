"""A participant's agenda of meetings, as rows, an iCalendar file and a printable PDF, and the
organiser's table plan (one PDF page per slot). Fixed queries whatever the number of meetings."""

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from fpdf import FPDF
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from ejrc.core.i18n import localized
from ejrc.meetings.models import Meeting, MeetingStatus, Seat

DEFAULT_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


@dataclass
class AgendaRow:
    meeting: Meeting
    slot: object
    counterparts: list  # Participant rows, with user and organisation

    @property
    def where(self):
        if self.meeting.request.online:
            return self.meeting.online_url or _("Online")
        return _("Table %(table)s") % {"table": self.meeting.table}


def agenda_of(participant):
    """The participant's placed meetings in slot order (3 queries)."""
    meetings = list(Meeting.objects.filter(seats__participant=participant, status=MeetingStatus.ACTIVE,
                                           slot__isnull=False).select_related("slot", "request")
                    .order_by("slot__number"))
    others = {}
    for seat in (Seat.objects.filter(meeting__in=meetings).exclude(participant=participant)
                 .select_related("participant__user", "participant__organisation")):
        others.setdefault(seat.meeting_id, []).append(seat.participant)
    return [AgendaRow(m, m.slot, others.get(m.pk, [])) for m in meetings]


def agendas_of(event):
    """Every participant's agenda at once, {participant id: rows} (2 queries), for the mails."""
    meetings = {m.pk: m for m in Meeting.objects.filter(event=event, status=MeetingStatus.ACTIVE, slot__isnull=False)
                .select_related("slot", "request")}
    seats = {}
    for seat in Seat.objects.filter(meeting__in=list(meetings)).select_related(
            "participant__user", "participant__organisation"):
        seats.setdefault(seat.meeting_id, []).append(seat.participant)
    agendas = {}
    for meeting_id, people in seats.items():
        meeting = meetings[meeting_id]
        for person in people:
            agendas.setdefault(person.pk, []).append(
                AgendaRow(meeting, meeting.slot, [p for p in people if p.pk != person.pk]))
    for rows in agendas.values():
        rows.sort(key=lambda row: row.slot.number)
    return agendas, {p.pk: p for people in seats.values() for p in people}


def _who(row):
    return ", ".join(f"{p.user} ({localized(p.organisation, 'name')})" for p in row.counterparts)


def agenda_calendar(event, participant, rows):
    calendar = Calendar()
    calendar.add("prodid", "-//EU-Japan Regional Cooperation//ejrc meetings//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"B2B · {localized(event, 'title')}")
    host, stamp = urlsplit(settings.EJRC_SITE_URL).hostname, timezone.now()
    for row in rows:
        entry = CalendarEvent()
        entry.add("uid", f"b2b-meeting-{row.meeting.pk}-{participant.pk}@{host}")
        entry.add("dtstamp", stamp)
        entry.add("dtstart", timezone.localtime(row.slot.starts_at, event.zone))
        entry.add("dtend", timezone.localtime(row.slot.ends_at, event.zone))
        entry.add("summary", _("B2B meeting with %(who)s") % {"who": _who(row)})
        entry.add("location", row.where)
        if row.meeting.request.interpreter:
            entry.add("description", _("An interpreter joins this meeting."))
        calendar.add_component(entry)
    # Only the event's own dates: the default span (1970-2038) costs ~0.1 s per file.
    calendar.add_missing_timezones(first_date=event.starts_on - dt.timedelta(days=1),
                                   last_date=event.ends_on + dt.timedelta(days=1))
    return calendar


def _pdf():
    pdf = FPDF(format="A4")
    pdf.add_font("cjk", fname=getattr(settings, "EJRC_BADGE_FONT", DEFAULT_FONT))
    pdf.set_auto_page_break(True, margin=15)
    return pdf


def _line(pdf, height, text):
    pdf.multi_cell(0, height, text, new_x="LMARGIN", new_y="NEXT")


def _clock(moment, zone):
    return timezone.localtime(moment, zone).strftime("%Y-%m-%d %H:%M %Z")


def agenda_pdf(event, participant, rows, viewer_zone):
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("cjk", size=15)
    _line(pdf, 8, localized(event, "title"))
    pdf.set_font("cjk", size=11)
    _line(pdf, 6, f"{participant.user} · {localized(participant.organisation, 'name')}")
    pdf.ln(3)
    for row in rows:
        when = _clock(row.slot.starts_at, event.zone)
        if str(viewer_zone) != event.time_zone:
            when += f" ({_clock(row.slot.starts_at, viewer_zone)})"
        extra = f" · {_('Interpreter')}" if row.meeting.request.interpreter else ""
        pdf.set_font("cjk", size=11)
        _line(pdf, 6, f"{when} · {row.where}{extra}")
        pdf.set_font("cjk", size=10)
        _line(pdf, 5, _who(row))
        pdf.ln(2)
    if not rows:
        _line(pdf, 6, _("No meeting is planned for you yet."))
    return bytes(pdf.output())


def table_plan_pdf(event, slots):
    """One page per slot: each table with its participants (3 queries)."""
    meetings = {}
    for m in (Meeting.objects.filter(event=event, status=MeetingStatus.ACTIVE, slot__isnull=False)
              .select_related("request").order_by("table")):
        meetings.setdefault(m.slot_id, []).append(m)
    people = {}
    for seat in Seat.objects.filter(meeting__event=event, slot__isnull=False).select_related(
            "participant__user", "participant__organisation"):
        people.setdefault(seat.meeting_id, []).append(seat.participant)
    pdf = _pdf()
    for slot in slots:
        pdf.add_page()
        pdf.set_font("cjk", size=14)
        _line(pdf, 8, f"{localized(event, 'title')} · #{slot.number} · {_clock(slot.starts_at, event.zone)}")
        pdf.set_font("cjk", size=10)
        for m in meetings.get(slot.pk, []):
            where = _("Online") if m.request.online else _("Table %(table)s") % {"table": m.table}
            names = " / ".join(f"{p.user} ({localized(p.organisation, 'name')})" for p in people.get(m.pk, []))
            _line(pdf, 6, f"{where}: {names}")
    return bytes(pdf.output())
