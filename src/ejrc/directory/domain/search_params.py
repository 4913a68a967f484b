"""What a visitor asks a search (the directory's, the opportunities board) for, read from the
query string and written back.

Malformed values are dropped, never an error: a bad link still shows a useful page.
"""

import re
from dataclasses import dataclass, field

from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from .search_facets import FACET_KEYS

CONTROLS = re.compile("[\x00-\x1f\x7f]")  # PostgreSQL refuses NUL in text
MAX_VALUES = 30
MAX_QUERY_LENGTH = 200
_VALUE = re.compile(r"[A-Za-z0-9_.:-]{1,40}")


class Sort:
    RELEVANCE = "relevance"
    NAME = "name"
    UPDATED = "updated"
    CHOICES = [(RELEVANCE, _("Relevance")), (NAME, _("Name")), (UPDATED, _("Recently updated"))]


@dataclass(frozen=True)
class SearchParams:
    """The query, the values ticked in each facet, and the sort order."""

    query: str = ""
    selected: dict = field(default_factory=dict)  # facet key → tuple of values
    sort: str = Sort.RELEVANCE

    @classmethod
    def from_querydict(cls, data, keys=FACET_KEYS):
        """The parameters of ``data``; ``keys`` are the facets of the search being asked."""
        selected = {}
        for key in keys:
            values = dict.fromkeys(value.strip() for value in data.getlist(key))
            values = [value for value in values if _VALUE.fullmatch(value)]
            if values:
                selected[key] = tuple(values[:MAX_VALUES])
        sort = data.get("sort", "")
        return cls(
            query=CONTROLS.sub(" ", data.get("q", "")).strip()[:MAX_QUERY_LENGTH],
            selected=selected,
            sort=sort if sort in {value for value, _label in Sort.CHOICES} else Sort.RELEVANCE,
        )

    def values(self, key):
        return self.selected.get(key, ())

    def query_string(self, *, without_key=None, without_values=()):
        """The parameters as a query string, less a facet or some of its values."""
        data = QueryDict(mutable=True)
        if self.query:
            data["q"] = self.query
        for key, values in self.selected.items():
            if key != without_key:
                data.setlist(key, [value for value in values if value not in without_values])
        if self.sort != Sort.RELEVANCE:
            data["sort"] = self.sort
        return data.urlencode()

    @property
    def unfiltered_query_string(self):
        """The query and sort order, without any facet selected."""
        return SearchParams(query=self.query, sort=self.sort).query_string()
