"""The sector classifications, loaded from the project's own reference list ``data/sectors.json``."""

import json
from pathlib import Path

from django.db import transaction

from ejrc.core.i18n import localized
from ejrc.directory.models import Sector, SectorScheme

SECTORS_FILE = Path(__file__).resolve().parent.parent / "data" / "sectors.json"


def load_sectors(*, path=SECTORS_FILE):
    """Create or update every sector of the reference list; returns how many rows were created.

    Idempotent: rows are matched on (scheme, code), names and positions are refreshed.
    """
    schemes = json.loads(Path(path).read_text(encoding="utf-8"))["schemes"]
    created = 0
    with transaction.atomic():
        for scheme, entries in schemes.items():
            rows = {}
            for position, entry in enumerate(entries):
                parent = rows.get(entry.get("parent"))
                sector, was_created = Sector.objects.update_or_create(
                    scheme=scheme, code=entry["code"],
                    defaults={"name_en": entry["name_en"], "name_ja": entry["name_ja"],
                              "parent": parent, "position": position},
                )
                rows[sector.code] = sector
                created += was_created
    return created


def sector_label(sector):
    """A sector's name in the viewer's language; NACE entries lead with their code
    ("C29 · Manufacture of motor vehicles…"), which is how people look them up."""
    name = localized(sector, "name")
    return f"{sector.code} · {name}" if sector.scheme == SectorScheme.NACE else name
