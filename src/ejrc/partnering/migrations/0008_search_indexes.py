"""PostgreSQL only: the search indexes of the directory's 0007, on the opportunities."""

import importlib

from django.db import migrations

_directory = importlib.import_module("ejrc.directory.migrations.0007_search_indexes")


class Migration(migrations.Migration):
    dependencies = [
        ("partnering", "0007_semantic_embeddings_and_matching_profiles"),
        ("directory", "0007_search_indexes"),
    ]

    operations = [
        migrations.RunPython(
            _directory.on_postgresql(_directory.index_statements("partnering_opportunity")),
            _directory.on_postgresql(_directory.drop_statements("partnering_opportunity")),
        ),
    ]
