"""Rows of the operations pages: the probes, the staff's exports, the import and failed tasks."""

from authz.matrix import STAFF, Row, everyone, only

ROWS = [
    Row("healthz", everyone(200)),
    Row("readyz", everyone(200)),
    Row("directory:export-csv", only(200, *STAFF)),
    Row("directory:export-xlsx", only(200, *STAFF)),
    Row("directory:import", only(200, *STAFF)),
    Row("directory:import", only(200, *STAFF), method="POST", label="check a file"),
]
