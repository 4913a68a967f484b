"""Backups that restore on either database: every row as Django's JSON, every uploaded file.

One archive (``.tar.gz``) holds ``data.json`` (``dumpdata`` with natural keys for content types,
so it loads into a database whose ids differ), the uploaded files under ``media/``, and a
``manifest.json`` with the row count of each model and a SHA-256 of each file. Restoring checks
both against the manifest. The same archive moves a SQLite site to PostgreSQL and back; on a
large PostgreSQL database ``pg_dump`` is faster, but it holds neither the files nor works on SQLite.
"""

import hashlib
import io
import json
import tarfile
import tempfile
from pathlib import Path

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

FORMAT = "ejrc-backup/1"
# Rebuilt by ``migrate`` (content types, permissions) or not worth keeping (sessions).
SKIPPED_MODELS = {"contenttypes.contenttype", "auth.permission", "sessions.session"}


class RestoreError(Exception):
    pass


def backed_up_models():
    return [model for model in apps.get_models() if model._meta.label_lower not in SKIPPED_MODELS]


def row_counts():
    return {model._meta.label_lower: model._base_manager.count() for model in backed_up_models()}


def _stored_files(folder=""):
    directories, files = default_storage.listdir(folder) if default_storage.exists(folder or ".") else ([], [])
    for name in files:
        yield f"{folder}/{name}" if folder else name
    for directory in directories:
        yield from _stored_files(f"{folder}/{directory}" if folder else directory)


def _add_bytes(archive, name, content):
    info = tarfile.TarInfo(name)
    info.size, info.mtime = len(content), int(timezone.now().timestamp())
    archive.addfile(info, io.BytesIO(content))


def back_up(*, path):
    """Write the archive to ``path``; returns the manifest."""
    with tempfile.TemporaryDirectory() as scratch:
        data_file = Path(scratch) / "data.json"
        call_command("dumpdata", *[m._meta.label for m in backed_up_models()], natural_foreign=True,
                     output=str(data_file), verbosity=0)
        files = {}
        with tarfile.open(path, "w:gz") as archive:
            archive.add(data_file, "data.json")
            for name in sorted(_stored_files()):
                with default_storage.open(name, "rb") as handle:
                    content = handle.read()
                files[name] = hashlib.sha256(content).hexdigest()
                _add_bytes(archive, f"media/{name}", content)
            manifest = {"format": FORMAT, "created": timezone.now().isoformat(),
                        "database": connection.vendor, "rows": row_counts(), "files": files}
            _add_bytes(archive, "manifest.json", json.dumps(manifest, indent=2).encode())
    return manifest


def restore(*, path):
    """Load an archive into an empty, migrated database and its storage; returns the manifest."""
    if get_user_model().objects.exists():
        raise RestoreError("The database is not empty: restore only into a new, migrated database.")
    with tarfile.open(path, "r:gz") as archive, tempfile.TemporaryDirectory() as scratch:
        try:
            manifest = json.loads(archive.extractfile("manifest.json").read())
        except (KeyError, ValueError):
            manifest = {}
        if manifest.get("format") != FORMAT:
            raise RestoreError(f"Not an ejrc backup (format {manifest.get('format')!r}).")
        archive.extract("data.json", scratch, filter="data")
        call_command("loaddata", str(Path(scratch) / "data.json"), verbosity=0)
        for name, digest in manifest["files"].items():
            content = archive.extractfile(f"media/{name}").read()
            if hashlib.sha256(content).hexdigest() != digest:
                raise RestoreError(f"The file {name} in the archive is damaged.")
            if default_storage.exists(name):
                default_storage.delete(name)
            if default_storage.save(name, ContentFile(content)) != name:
                raise RestoreError(f"The file {name} could not be stored under its own name.")
    _check(manifest)
    return manifest


def _check(manifest):
    counts = row_counts()
    missing = {label: (count, counts.get(label, 0)) for label, count in manifest["rows"].items()
               if counts.get(label, 0) < count}
    if missing:
        raise RestoreError(f"Rows missing after the restore (expected, found): {missing}")
