"""What geo announces to the apps above it, which it does not know (the layers run one way).

``regions_changed`` is sent inside the import's transaction, after the new regions are written
and before replaced regions are deleted, with:

- ``replaced``: {id of a region about to be deleted: id of the region that takes its place, or
  None}; an ISO 3166-2 fallback region is replaced by the NUTS region of the same name;
- ``renamed``: ids of regions whose names or parent changed (what lies in them, and in the
  regions below them, is now described differently).

A receiver moves what it keeps in the old regions and refreshes what it derives from place
names. It may return one line (a str) for the import's report.
"""

from django.dispatch import Signal

regions_changed = Signal()
