"""Rows of the operations pages: the probes, the staff's exports, the import and failed tasks."""

from authz.matrix import STAFF, Row, everyone, only

from ejrc.core.models import FailedTask


def _failed_task():
    """A fresh failure for each role (running it again resolves it)."""
    return FailedTask.objects.create(name="core.send_waiting_mail", error="ConnectionError: down").pk


ROWS = [
    Row("healthz", everyone(200)),
    Row("readyz", everyone(200)),
    Row("directory:export-csv", only(200, *STAFF)),
    Row("directory:export-xlsx", only(200, *STAFF)),
    Row("directory:import", only(200, *STAFF)),
    Row("directory:import", only(200, *STAFF), method="POST", label="check a file"),
]
ROWS += [
    Row("failed-tasks", only(200, *STAFF)),
    Row("failed-task-retry", only(302, *STAFF), method="POST", kwargs=lambda world: {"pk": _failed_task()}),
]
