"""Rows of the pages outside the apps' own URL files: the home page, the language switch, media."""

from authz.matrix import STAFF, Row, everyone, only

MEMBERS = ("member", "org_admin")

ROWS = [
    Row("home", everyone(200)),
    Row("set_language", everyone(302), method="POST", data=lambda world: {"language": "ja", "next": "/ja/"}),
    Row("media", everyone(200), kwargs=lambda world: {"path": world.published_logo}, label="published logo"),
    Row("media", only(200, *MEMBERS, *STAFF, anonymous=404), kwargs=lambda world: {"path": world.pending_logo},
        label="proposed logo"),
    Row("media", everyone(404), kwargs=lambda world: {"path": "logos/../secret.txt"}, label="path escape"),
    Row("media", everyone(404), kwargs=lambda world: {"path": "other/file.pdf"}, label="unlisted folder"),
]
