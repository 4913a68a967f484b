"""PostgreSQL only: indexes behind the search's substring filter (see domain/search_engine.py).

pg_trgm's GIN index serves ``LIKE '%term%'`` for terms of three characters or more; the GIN
index on ``ejrc_search_grams(search_text)``, every one- and two-character substring of the
document, serves the shorter ones (岐阜, 水), which trigrams cannot. SQLite has neither and
keeps its plain ``LIKE``. pg_trgm is a trusted extension: the database's owner may create it.
"""

from django.db import migrations

GRAMS_FUNCTION = """
CREATE OR REPLACE FUNCTION ejrc_search_grams(document text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT gram), '{}') FROM (
    SELECT substr(document, i, 1) AS gram FROM generate_series(1, char_length(document)) AS i
    UNION ALL
    SELECT substr(document, i, 2) FROM generate_series(1, char_length(document) - 1) AS i
  ) AS grams
$$
"""


def index_statements(table):
    """The two indexes of a table that keeps a ``search_text`` column."""
    return [
        f"CREATE INDEX IF NOT EXISTS {table}_search_trgm ON {table} USING gin (search_text gin_trgm_ops)",
        f"CREATE INDEX IF NOT EXISTS {table}_search_grams ON {table} USING gin (ejrc_search_grams(search_text))",
    ]


def drop_statements(table):
    return [f"DROP INDEX IF EXISTS {table}_search_trgm", f"DROP INDEX IF EXISTS {table}_search_grams"]


def on_postgresql(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)
    return run


class Migration(migrations.Migration):
    dependencies = [("directory", "0006_organisation_last_reminded_at")]

    operations = [
        migrations.RunPython(
            on_postgresql(["CREATE EXTENSION IF NOT EXISTS pg_trgm", GRAMS_FUNCTION,
                           *index_statements("directory_organisation")]),
            on_postgresql([*drop_statements("directory_organisation"),
                           "DROP FUNCTION IF EXISTS ejrc_search_grams(text)"]),
        ),
    ]
