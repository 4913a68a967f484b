"""Rows of the pages outside the apps' own URL files: the home page and the language switch."""

from authz.matrix import Row, everyone

ROWS = [
    Row("home", everyone(200)),
    Row("set_language", everyone(302), method="POST", data=lambda world: {"language": "ja", "next": "/ja/"}),
]
