"""Cursor pagination on a key (keyset): each page starts after the last row of the one before.

Pages cost the same wherever they are (no OFFSET) and stay stable while rows are added. The
cursor holds the last row's sort values and the sort it belongs to, signed with the site's
key, so a forged, altered, truncated or negative cursor is refused (400), never run.
"""

import datetime
from dataclasses import dataclass

from django.core import signing
from django.db.models import Q
from django.utils.translation import gettext as _

from .problems import ProblemDetail

SALT = "ejrc.api.cursor"
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


@dataclass(frozen=True)
class Key:
    """A sort key: a field or annotation of the rows, ascending unless ``descending``."""

    field: str
    descending: bool = False

    @property
    def order(self):
        return f"-{self.field}" if self.descending else self.field


def _encode(value):
    if isinstance(value, datetime.datetime):
        return ["dt", value.isoformat()]
    if isinstance(value, datetime.date):
        return ["d", value.isoformat()]
    return value


def _decode(value):
    if isinstance(value, list) and len(value) == 2 and value[0] in {"dt", "d"} and isinstance(value[1], str):
        parse = datetime.datetime.fromisoformat if value[0] == "dt" else datetime.date.fromisoformat
        return parse(value[1])
    if isinstance(value, (int, str)) and not isinstance(value, bool):
        return value
    raise ValueError("not a cursor value")


def make_cursor(row, keys, sort):
    return signing.dumps({"s": sort, "v": [_encode(getattr(row, key.field)) for key in keys]}, salt=SALT)


def read_cursor(cursor, keys, sort):
    """The sort values of ``cursor``; a 400 problem if it is not one this API gave for ``sort``."""
    invalid = ProblemDetail(_("This cursor is not valid: use the “next” address of a previous page."),
                            code="invalid_cursor")
    try:
        payload = signing.loads(cursor, salt=SALT)
        values = [_decode(value) for value in payload["v"]]
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        raise invalid from None
    if payload.get("s") != sort or len(values) != len(keys):
        raise invalid
    return values


def after(keys, values):
    """The rows that come after ``values`` in the order of ``keys``."""
    condition = Q(pk__in=[])
    for index, key in enumerate(keys):
        step = Q(**{f"{k.field}": v for k, v in zip(keys[:index], values[:index])})
        step &= Q(**{f"{key.field}__{'lt' if key.descending else 'gt'}": values[index]})
        condition |= step
    return condition


def page(queryset, *, keys, sort, cursor=None, size=DEFAULT_PAGE_SIZE):
    """``(rows, next_cursor)``: up to ``size`` rows after ``cursor``, in one query."""
    if cursor:
        queryset = queryset.filter(after(keys, read_cursor(cursor, keys, sort)))
    rows = list(queryset.order_by(*(key.order for key in keys))[: size + 1])
    if len(rows) > size:
        return rows[:size], make_cursor(rows[size - 1], keys, sort)
    return rows, None
