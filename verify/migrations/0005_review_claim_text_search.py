"""Full-text search over claim text: a GIN index on PostgreSQL (its expression is
exactly the one ``SearchVector("text", config="english")`` generates, so the
queue's search uses it). SQLite searches with LIKE and needs nothing."""

from typing import Any

from django.db import migrations

PG_FORWARD = (
    "CREATE INDEX claim_text_search_idx ON verify_claim "
    "USING gin (to_tsvector('english'::regconfig, COALESCE(\"text\", '')))"
)
PG_BACKWARD = "DROP INDEX claim_text_search_idx"


def forward(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(PG_FORWARD, params=None)


def backward(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(PG_BACKWARD, params=None)


class Migration(migrations.Migration):
    dependencies = [("verify", "0004_review_savedview")]

    operations = [migrations.RunPython(forward, backward)]
