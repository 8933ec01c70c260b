"""Rules the database keeps itself, beyond what a CHECK constraint can see:

- an item's end offset lies within its article's body;
- the history (ClaimEvent) is append-only: UPDATE and DELETE are refused.
"""

from typing import Any

from django.db import migrations

PG_FORWARD = """
CREATE FUNCTION verify_claim_within_body() RETURNS trigger AS $$
BEGIN
  IF NEW."end" > (SELECT char_length(body) FROM verify_article WHERE id = NEW.article_id) THEN
    RAISE EXCEPTION 'claim end % lies beyond the article body', NEW."end"
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER verify_claim_within_body BEFORE INSERT OR UPDATE OF start, "end", article_id
  ON verify_claim FOR EACH ROW EXECUTE FUNCTION verify_claim_within_body();

CREATE FUNCTION verify_claimevent_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'the claim history is append-only' USING ERRCODE = 'insufficient_privilege';
END $$ LANGUAGE plpgsql;
CREATE TRIGGER verify_claimevent_append_only BEFORE UPDATE OR DELETE
  ON verify_claimevent FOR EACH ROW EXECUTE FUNCTION verify_claimevent_append_only();
"""
PG_BACKWARD = """
DROP TRIGGER verify_claimevent_append_only ON verify_claimevent;
DROP FUNCTION verify_claimevent_append_only();
DROP TRIGGER verify_claim_within_body ON verify_claim;
DROP FUNCTION verify_claim_within_body();
"""
SQLITE_FORWARD = [
    """CREATE TRIGGER verify_claim_within_body_insert BEFORE INSERT ON verify_claim
       WHEN NEW."end" > (SELECT length(body) FROM verify_article WHERE id = NEW.article_id)
       BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: claim end lies beyond the article body'); END""",
    """CREATE TRIGGER verify_claim_within_body_update BEFORE UPDATE OF start, "end", article_id
       ON verify_claim
       WHEN NEW."end" > (SELECT length(body) FROM verify_article WHERE id = NEW.article_id)
       BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: claim end lies beyond the article body'); END""",
    """CREATE TRIGGER verify_claimevent_no_update BEFORE UPDATE ON verify_claimevent
       BEGIN SELECT RAISE(ABORT, 'the claim history is append-only'); END""",
    """CREATE TRIGGER verify_claimevent_no_delete BEFORE DELETE ON verify_claimevent
       BEGIN SELECT RAISE(ABORT, 'the claim history is append-only'); END""",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER verify_claim_within_body_insert",
    "DROP TRIGGER verify_claim_within_body_update",
    "DROP TRIGGER verify_claimevent_no_update",
    "DROP TRIGGER verify_claimevent_no_delete",
]


def forward(apps: Any, schema_editor: Any) -> None:
    _run(schema_editor, PG_FORWARD, SQLITE_FORWARD)


def backward(apps: Any, schema_editor: Any) -> None:
    _run(schema_editor, PG_BACKWARD, SQLITE_BACKWARD)


def _run(schema_editor: Any, postgres: str, sqlite: list[str]) -> None:
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(postgres, params=None)
    elif vendor == "sqlite":
        for statement in sqlite:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("verify", "0002_roles_and_verdict_scale")]

    operations = [migrations.RunPython(forward, backward)]
