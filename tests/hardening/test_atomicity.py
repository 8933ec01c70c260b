"""Every multi-row write is atomic: a crash half-way leaves the previous state.

Two kinds of crash: an exception at each step of the write (both databases), and the
writing process killed outright mid-transaction (PostgreSQL: another process must see the
result, which an in-memory SQLite test database cannot show).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.db import connection

from accounts.models import User
from accounts.permissions import Role
from accounts.services import user_create
from tests.hostile.checks import snapshot
from verify.models import Claim
from verify.services import ingest as ingest_module
from verify.services.ingest import article_ingest

ROOT = Path(__file__).resolve().parents[2]
TEXT = (
    "Kremlin spokesperson Dmitry Peskov said \u201cthe talks were useful\u201d. "
    "Russian state media said the strike hit a military staging area but provided no proof."
)


class Crash(RuntimeError):
    pass


def _crash(*args: Any, **kwargs: Any) -> None:
    raise Crash("power cut")


def _crash_after_items(*args: Any, **kwargs: Any) -> None:
    _items_store(*args, **kwargs)
    assert Claim.objects.filter(article=args[0]).exists()  # written, not yet committed
    raise Crash("power cut")


_items_store = ingest_module._items_store
# Each step of the ingest write, after the article row is already written.
CRASH_POINTS = {
    "while-resolving-sources": (ingest_module, "sources_find_or_create", _crash),
    "while-writing-items": (ingest_module, "_items_store", _crash),
    "after-items-and-history": (ingest_module, "_items_store", _crash_after_items),
}


@pytest.mark.django_db
@pytest.mark.parametrize("point", CRASH_POINTS)
def test_a_crash_at_any_step_of_ingest_leaves_the_previous_state(
    point: str, monkeypatch: pytest.MonkeyPatch, seed_text: str
) -> None:
    article_ingest(text=seed_text)  # the previous state: one article with its items
    before = snapshot()
    monkeypatch.setattr(*CRASH_POINTS[point])
    with pytest.raises(Crash):
        article_ingest(text=TEXT)
    assert snapshot() == before


@pytest.mark.django_db
def test_a_crash_while_giving_a_new_user_a_role_leaves_no_user(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("accounts.services.user_set_role", _crash)
    with pytest.raises(Crash):
        user_create(username="half", email="half@example.org", role=Role.EDITOR)
    assert not User.objects.filter(username="half").exists()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_process_killed_mid_ingest_leaves_the_previous_state(seed_text: str) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: a second process must see the database")
    article_ingest(text=seed_text)
    before = snapshot()
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", _KILLED_MID_INGEST, TEXT],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": _test_database_url()},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 137, result.stderr[-2000:]  # it died where we made it die
    assert snapshot() == before


# The child writes the article, its items and their history, then dies (no exception, no
# cleanup) before the commit.
_KILLED_MID_INGEST = """
import os, sys, django
django.setup()
from verify.services import ingest
store = ingest._items_store
def store_and_die(*args, **kwargs):
    store(*args, **kwargs)
    os._exit(137)
ingest._items_store = store_and_die
ingest.article_ingest(text=sys.argv[1])
"""


def _test_database_url() -> str:
    db = connection.settings_dict
    user = db["USER"] or "postgres"
    auth = f"{user}:{db['PASSWORD']}" if db["PASSWORD"] else user
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
