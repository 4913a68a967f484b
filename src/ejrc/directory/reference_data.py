"""The directory's step of ``ejrc load-reference-data``: sectors and twinnings.

It runs after geo's step (layer order), so the twinnings find their countries, prefectures and
NUTS regions. Every profile is then re-indexed: place, sector and country names are part of
its search text.
"""

from .domain.search import refresh_all_search_texts
from .domain.sectors import load_sectors
from .domain.twinnings import import_twinnings

TWINNINGS = "links/japan_europe_twin_cities_wikipedia.csv"


def load_directory_data(*, data_dir, refresh, say):
    say("sectors", load_sectors())
    twinnings = data_dir / TWINNINGS
    if twinnings.is_file():
        say(twinnings.name, import_twinnings(twinnings))
    say("profiles re-indexed for search", refresh_all_search_texts())
