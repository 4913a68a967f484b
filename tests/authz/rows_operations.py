"""Rows of the operations pages: the probes, the staff's failed tasks, exports and the import."""

from authz.matrix import Row, everyone

ROWS = [
    Row("healthz", everyone(200)),
    Row("readyz", everyone(200)),
]
