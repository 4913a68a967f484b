"""The directory search: one normalised document per organisation, matched the same way on
SQLite and PostgreSQL (no full-text engine needed, Japanese works without word splitting).

Text is normalised with :func:`normalise` (NFKC, accents off, case folded, katakana folded
to hiragana) on both sides, so a query term matches when it is a substring of the document.
"""

import re
import unicodedata

from django.utils.html import strip_tags

_COMBINING_ACCENTS = re.compile("[\u0300-\u036f]")  # Latin accents only: keeps Japanese dakuten
_KATAKANA = re.compile("[\u30a1-\u30f6]")
_SPACES = re.compile(r"\s+")


def normalise(text) -> str:
    """Fold ``text`` for matching: ``Île-de-France`` → ``ile-de-france``, ``ギフ`` → ``ぎふ``."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", str(text or "")))
    text = unicodedata.normalize("NFKC", _COMBINING_ACCENTS.sub("", text)).casefold()
    text = _KATAKANA.sub(lambda match: chr(ord(match.group()) - 0x60), text)
    return _SPACES.sub(" ", text).strip()


def refresh_search_text(organisation) -> None:
    """Recompute and save the search document of ``organisation`` (call after any change)."""
    parts = [
        organisation.name_en, organisation.name_ja,
        strip_tags(organisation.description_en), strip_tags(organisation.description_ja),
    ]
    organisation.search_text = "\n".join(normalise(part) for part in parts if part)
    organisation.save(update_fields=["search_text"])
