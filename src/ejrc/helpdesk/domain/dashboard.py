"""The helpdesk's figures: open inquiries and their age, first-response times (median, p90),
by office and by topic. Two queries whatever the number of inquiries: the figures are computed
from one list of a few columns per inquiry of the period, not one query per office or topic."""

from datetime import timedelta
from statistics import median

from django.utils import timezone

from ..models import Inquiry, InquiryStatus, Office, Topic

PERIOD_DAYS = 365


def percentile(values, share):
    """The nearest-rank percentile (``share`` in 0-1) of ``values``; None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * share // 1))  # ceil(n * share), at least 1
    return ordered[int(rank) - 1]


def _hours(delta):
    return delta.total_seconds() / 3600


def _figures(rows, now):
    open_ages = [_hours(now - created) for _g, created, _first, status in rows if status != InquiryStatus.CLOSED]
    waiting = sum(1 for *_rest, status in rows if status == InquiryStatus.OPEN)
    responses = [_hours(first - created) for _g, created, first, _s in rows if first is not None]
    return {
        "open": len(open_ages), "waiting": waiting, "oldest_open_hours": max(open_ages) if open_ages else None,
        "median_open_hours": median(open_ages) if open_ages else None,
        "answered": len(responses),
        "first_response_median_hours": median(responses) if responses else None,
        "first_response_p90_hours": percentile(responses, 0.9),
    }


def dashboard(*, now=None):
    """``{"offices": [(office, figures)], "topics": [(label, figures)], "total": figures}``."""
    now = now or timezone.now()
    since = now - timedelta(days=PERIOD_DAYS)
    columns = list(Inquiry.objects.filter(anonymised_at=None).exclude(status=InquiryStatus.CLOSED, created__lt=since)
                   .values_list("office_id", "topic", "created", "first_response_at", "status"))
    offices = list(Office.objects.all())

    def rows(index, value):
        return [(row[index], row[2], row[3], row[4]) for row in columns if row[index] == value]

    return {
        "offices": [(office, _figures(rows(0, office.pk), now)) for office in offices],
        "topics": [(label, _figures(rows(1, topic), now)) for topic, label in Topic.choices],
        "total": _figures([(None, row[2], row[3], row[4]) for row in columns], now),
        "period_days": PERIOD_DAYS,
    }
