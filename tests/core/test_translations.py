"""Every user-facing string has a Japanese translation that is neither missing nor fuzzy."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "ejrc"
APPS_WITH_STRINGS = sorted(p.parent for p in SRC.glob("*/apps.py"))


def parse_po(path):
    """msgid → (msgstr, is_fuzzy) for the entries of a .po file (the header excluded)."""
    entries, current, fuzzy, field = {}, {}, False, None
    def flush():
        if current.get("msgid"):
            entries[current["msgid"]] = (current.get("msgstr", ""), fuzzy)
    for raw in path.read_text(encoding="utf-8").splitlines() + [""]:
        line = raw.strip()
        if not line:
            flush()
            current, fuzzy, field = {}, False, None
        elif line.startswith("#,") and "fuzzy" in line:
            fuzzy = True
        elif line.startswith("#"):
            continue
        elif line.startswith(("msgid ", "msgid_plural ", "msgstr ", "msgstr[0] ")):
            key, _, value = line.partition(" ")
            field = {"msgid_plural": None, "msgstr[0]": "msgstr"}.get(key, key)
            if field:
                current[field] = value[1:-1]
        elif line.startswith('"') and field:
            current[field] = current.get(field, "") + line[1:-1]
        elif line.startswith("msgstr["):
            field = None
    return entries


def extracted_msgids(app_dir, tmp_path):
    """The strings the code of ``app_dir`` marks for translation, found by Django's makemessages."""
    copy = tmp_path / app_dir.name
    shutil.copytree(app_dir, copy, ignore=shutil.ignore_patterns("locale", "__pycache__", "static"))
    (copy / "locale").mkdir()
    subprocess.run(
        [sys.executable, "-P", "-m", "ejrc", "makemessages", "-l", "ja", "-v0"],
        cwd=copy, check=True,
    )
    po = copy / "locale" / "ja" / "LC_MESSAGES" / "django.po"
    return set(parse_po(po)) if po.exists() else set()


@pytest.mark.parametrize("app_dir", APPS_WITH_STRINGS, ids=lambda p: p.name)
def test_japanese_catalogue_is_complete(app_dir, tmp_path):
    needed = extracted_msgids(app_dir, tmp_path)
    catalogue = app_dir / "locale" / "ja" / "LC_MESSAGES" / "django.po"
    entries = parse_po(catalogue) if catalogue.exists() else {}
    missing = sorted(needed - set(entries))
    untranslated = sorted(m for m in needed & set(entries) if not entries[m][0])
    fuzzy = sorted(m for m in needed & set(entries) if entries[m][1])
    assert not missing, f"{app_dir.name}: not in the Japanese catalogue (run make translations): {missing}"
    assert not untranslated, f"{app_dir.name}: no Japanese translation: {untranslated}"
    assert not fuzzy, f"{app_dir.name}: fuzzy Japanese translation: {fuzzy}"
