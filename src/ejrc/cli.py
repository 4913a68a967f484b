"""The ``ejrc`` console script: Django's management commands under the project's name.

Command names are written with hyphens on the command line (``ejrc import-nuts``) and
with underscores in the code (``import_nuts.py``); both spellings are accepted.
"""

import os
import sys
from pathlib import Path


def main(argv=None):
    argv = list(sys.argv if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ejrc.settings")
    if len(argv) > 1 and not argv[1].startswith("-"):
        argv[1] = argv[1].replace("-", "_")
    from django.core.management import execute_from_command_line

    _make_sqlite_folder()
    execute_from_command_line(argv)


def _make_sqlite_folder():
    """The default SQLite database lives under ``var/``: create the folder on first use.

    Settings only read the environment and write nothing; this is the place that needs it.
    """
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured

    try:
        database = settings.DATABASES["default"]
    except ImproperlyConfigured:
        return  # Django reports the configuration error itself, in its own words
    if database["ENGINE"].endswith("sqlite3") and str(database["NAME"]) != ":memory:":
        Path(database["NAME"]).parent.mkdir(parents=True, exist_ok=True)


if __name__ == "__main__":
    main()
