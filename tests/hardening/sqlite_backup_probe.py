"""Run by test_backup_restore.py in a child process on a real SQLite file (the test
database is a shared in-memory one, which the backup API cannot read mid-transaction):
migrate, populate, back up with the online backup API, compare every row."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import django
import pytest


def main(source: Path, copy: Path) -> None:
    django.setup()
    from django.core.management import call_command

    from accounts.permissions import Role
    from accounts.services import user_create
    from tests.hardening.test_backup_restore import TABLES, populate, rows

    call_command("migrate", verbosity=0)
    editor = user_create(username="eddie", email="eddie@example.org", role=Role.EDITOR)
    seed = Path(__file__).parents[2] / "seeds" / "000_68572fa5849bac55.txt"
    populate(editor, seed.read_text(encoding="utf-8"))
    # The documented procedure: sqlite3's online backup, safe while Verify is running.
    with sqlite3.connect(source) as live, sqlite3.connect(copy) as backup:
        live.backup(backup)
    live, restored = sqlite3.connect(source), sqlite3.connect(copy)
    for table in TABLES:
        assert rows(restored.cursor(), table) == rows(live.cursor(), table), table
    assert rows(live.cursor(), "verify_claimevent"), "the populated database has history"
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        restored.execute("UPDATE verify_claimevent SET note = 'rewritten'")
    print("identical")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
