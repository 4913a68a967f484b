"""Rows of the accounts app (allauth's own pages are exempt, see ``matrix.EXEMPT``)."""

from authz.matrix import LOGIN, Row, everyone

ROWS = [
    Row("accounts:profile", everyone(200, anonymous=LOGIN)),
]
