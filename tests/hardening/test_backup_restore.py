"""Backup and restore, the way the README ("Reliability and security") says: a populated
database is dumped, restored into a fresh one, and every article, claim, evidence item, comment,
source and history entry comes back identical (and the history stays append-only)."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from django.db import connection

from accounts.models import User
from tests.hostile.corpus import EMOJI, IMG, RTL, SCRIPT
from verify.models import Claim, ClaimEvent, Comment, Evidence
from verify.services.events import claim_event_record
from verify.services.ingest import article_ingest

# pg_dump reads from another session, so the PostgreSQL test commits its rows (and Django
# restores the roles afterwards). SQLite's flush cannot empty the append-only history, so
# the SQLite test stays inside its transaction: the backup API copies what its connection sees.
COMMITTED = pytest.mark.django_db(transaction=True, serialized_rollback=True)
ROOT = Path(__file__).resolve().parents[2]
PG_BIN = Path(os.environ.get("VERIFY_PG_BIN", "/usr/lib/postgresql/15/bin"))
TABLES = [
    "accounts_user", "verify_article", "verify_source", "verify_sourcealias", "verify_verdict",
    "verify_claim", "verify_evidence", "verify_comment", "verify_claimevent",
]  # fmt: skip


def populate(editor: User, seed_text: str) -> None:
    article = article_ingest(text=seed_text, title=f"Seed {SCRIPT}", user=editor).article
    article_ingest(text=f"{RTL}\n{EMOJI}", user=editor)
    claim = Claim.objects.filter(article=article).first()
    assert claim is not None
    Evidence.objects.create(claim=claim, url="https://example.org/a?q=1&x=%E2%80%AE",
                            title=f"Report {IMG}", excerpt=EMOJI, added_by=editor)  # fmt: skip
    Comment.objects.create(claim=claim, author=editor, body=f"{RTL} {SCRIPT}")
    claim_event_record(claim=claim, actor=editor, action=ClaimEvent.Action.EDITED,
                       before={"text": EMOJI}, after={"text": RTL}, note="\u202e note")  # fmt: skip


def rows(cursor: Any, table: str) -> list[tuple[Any, ...]]:
    cursor.execute(f"SELECT * FROM {table} ORDER BY id")  # noqa: S608  (fixed table names)
    return [tuple(row) for row in cursor.fetchall()]


def _assert_identical(original: Any, restored: Any) -> None:
    for table in TABLES:
        assert rows(restored, table) == rows(original, table), table
    assert rows(original, "verify_claimevent"), "the populated database has history"


# --- PostgreSQL: pg_dump --format=custom, pg_restore into a fresh database ---------------


def _pg(tool: str, *args: str) -> None:
    result = subprocess.run(  # noqa: S603
        [str(PG_BIN / tool), *args], capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]


def _conninfo(name: str) -> str:
    db = connection.settings_dict
    parts = {"host": db["HOST"] or "127.0.0.1", "port": db["PORT"] or "5432",
             "user": db["USER"], "password": db["PASSWORD"], "dbname": name}  # fmt: skip
    return " ".join(f"{key}={value}" for key, value in parts.items() if value)


@pytest.fixture
def fresh_pg_database() -> Iterator[str]:
    name = f"verify_restore_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_conninfo("postgres"), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield name
    finally:
        with psycopg.connect(_conninfo("postgres"), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.postgres
@COMMITTED
def test_pg_dump_and_pg_restore_bring_back_every_row(
    editor: User, seed_text: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("the PostgreSQL procedure needs PostgreSQL (DATABASE_URL=postgres://…)")
    if not (PG_BIN / "pg_dump").exists():
        pytest.skip(f"no pg_dump in {PG_BIN} (set VERIFY_PG_BIN)")
    populate(editor, seed_text)
    fresh = request.getfixturevalue("fresh_pg_database")
    dump = tmp_path / "verify.dump"
    _pg(
        "pg_dump",
        "--format=custom",
        f"--file={dump}",
        f"--dbname={_conninfo(connection.settings_dict['NAME'])}",
    )
    _pg("pg_restore", "--no-owner", "--exit-on-error", f"--dbname={_conninfo(fresh)}", str(dump))
    # Both read through plain psycopg: Django's own cursor loads JSON columns as text.
    original = psycopg.connect(_conninfo(connection.settings_dict["NAME"]))
    with original, psycopg.connect(_conninfo(fresh)) as restored:
        _assert_identical(original.cursor(), restored.cursor())
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # the trigger came back too
            restored.execute("UPDATE verify_claimevent SET note = 'rewritten'")


# --- SQLite: the online backup API (what sqlite3's .backup command uses) -----------------


def test_sqlite_backup_api_copy_brings_back_every_row(tmp_path: Path) -> None:
    if connection.vendor != "sqlite":
        pytest.skip("the SQLite procedure runs in the SQLite run of the suite")
    source = tmp_path / "verify.sqlite3"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{source}", "LOG_LEVEL": "CRITICAL"}
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "tests.hardening.sqlite_backup_probe", str(source),
         str(tmp_path / "backup.sqlite3")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == "identical"
