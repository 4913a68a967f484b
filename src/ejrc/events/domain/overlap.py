"""When Europe and Japan are both at work, and when Europe changes its clocks.

Japan keeps JST (UTC+9) all year; Central Europe moves between CET (UTC+1) and CEST (UTC+2)
on the last Sundays of March and October. So the gap is 8 hours in winter and 7 in summer,
and the hours shared by both working days (09:00-18:00 by default) shrink from two to one
in winter. An organiser placing a session for both sides sees those hours, and a warning
when a date lies near a clock change (what was fine last week may not be now).
"""

import datetime as dt
import zoneinfo
from dataclasses import dataclass

EUROPE = zoneinfo.ZoneInfo("Europe/Brussels")
JAPAN = zoneinfo.ZoneInfo("Asia/Tokyo")
WORKING_DAY = (dt.time(9), dt.time(18))
CHANGE_WINDOW_DAYS = 7


@dataclass(frozen=True)
class SharedHours:
    starts_at: dt.datetime  # aware, UTC
    ends_at: dt.datetime

    def contains(self, starts_at, ends_at):
        return self.starts_at <= starts_at and ends_at <= self.ends_at


def _working_day(date, zone, hours):
    start = dt.datetime.combine(date, hours[0], tzinfo=zone).astimezone(dt.UTC)
    return start, dt.datetime.combine(date, hours[1], tzinfo=zone).astimezone(dt.UTC)


def shared_working_hours(date, *, zones=(EUROPE, JAPAN), hours=WORKING_DAY):
    """The hours of ``date`` that are working hours in every zone, or ``None``."""
    days = [_working_day(date, zone, hours) for zone in zones]
    start, end = max(day[0] for day in days), min(day[1] for day in days)
    return SharedHours(start, end) if start < end else None


def clock_changes(first, last, *, zone=EUROPE):
    """The dates between ``first`` and ``last`` (inclusive) on which ``zone`` changes its clocks."""
    changes, date = [], first
    while date <= last:
        before = dt.datetime.combine(date, dt.time(0), tzinfo=zone).utcoffset()
        after = dt.datetime.combine(date, dt.time(23, 59), tzinfo=zone).utcoffset()
        if before != after:
            changes.append(date)
        date += dt.timedelta(days=1)
    return changes


def clock_changes_near(first, last, *, zone=EUROPE, window=CHANGE_WINDOW_DAYS):
    """Europe's clock changes within ``window`` days of the dates ``first``-``last``."""
    return clock_changes(first - dt.timedelta(days=window), last + dt.timedelta(days=window), zone=zone)


def gap_hours(date, *, zones=(EUROPE, JAPAN)):
    """How many hours Japan is ahead of Europe at noon on ``date``."""
    noon = [dt.datetime.combine(date, dt.time(12), tzinfo=zone).utcoffset() for zone in zones]
    return int((noon[1] - noon[0]).total_seconds() // 3600)


def clock_change_warnings(first, last):
    """``[(date, hours ahead before, hours ahead after)]`` for Europe's changes near the dates."""
    day = dt.timedelta(days=1)
    return [(date, gap_hours(date - day), gap_hours(date + day)) for date in clock_changes_near(first, last)]
