"""Rows of the place pages: public."""

from authz.matrix import Row, everyone

ROWS = [
    Row("geo:overview", everyone(200)),
    Row("geo:prefecture", everyone(200), kwargs=lambda world: {"code": world.prefecture.code}),
    Row("geo:region", everyone(200), kwargs=lambda world: {"code": world.region.code}),
]
