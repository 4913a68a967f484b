"""The ``ejrc`` console script: Django's management commands under the project's name.

Command names are written with hyphens on the command line (``ejrc import-nuts``) and
with underscores in the code (``import_nuts.py``); both spellings are accepted.
"""

import os
import sys


def main(argv=None):
    argv = list(sys.argv if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ejrc.settings")
    if len(argv) > 1 and not argv[1].startswith("-"):
        argv[1] = argv[1].replace("-", "_")
    from django.core.management import execute_from_command_line

    execute_from_command_line(argv)


if __name__ == "__main__":
    main()
