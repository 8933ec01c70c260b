"""Claim matching's candidate search on PostgreSQL: the claim text's tsvector stored in a
generated column with its own GIN index, so ranking the candidates reads stored vectors instead
of parsing every matching text again. SQLite matches in memory and needs nothing."""

from typing import Any

from django.db import migrations

PG_FORWARD = [
    "ALTER TABLE verify_claim ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
    "(to_tsvector('english'::regconfig, COALESCE(\"text\", ''))) STORED",
    "CREATE INDEX claim_search_vector_idx ON verify_claim USING gin (search_vector)",
]
PG_BACKWARD = [
    "DROP INDEX claim_search_vector_idx",
    "ALTER TABLE verify_claim DROP COLUMN search_vector",
]


def forward(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "postgresql":
        for sql in PG_FORWARD:
            schema_editor.execute(sql, params=None)


def backward(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "postgresql":
        for sql in PG_BACKWARD:
            schema_editor.execute(sql, params=None)


class Migration(migrations.Migration):
    dependencies = [("verify", "0007_claim_matching")]

    operations = [migrations.RunPython(forward, backward)]
