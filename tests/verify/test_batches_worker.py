"""Batches through django-tasks-db's database worker, as in production.

A worker that dies mid-task leaves its task row "running" for ever (django-tasks-db
has no heartbeat) and our item "running" with its start time. The tests make that
state exactly as a killed worker leaves it (task row claimed, item claimed, no
result), then check that the item is taken back after its lease and finished by
another worker: in this process, and on PostgreSQL by a separate worker process.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from asgiref.local import Local
from django.core.management import call_command
from django.db import connection, transaction
from django.tasks import task_backends
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from accounts.models import User
from verify.models import Article, IngestBatch, IngestBatchItem
from verify.services import batches
from verify.services.batches import BatchFile, batch_create_files, batch_items_recover
from verify.services.ingest import article_ingest

# Every committing test in the suite restores the migrations' data (roles, verdict scale)
# with serialized_rollback; one that does not breaks the ones after it.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ROOT = Path(__file__).resolve().parents[2]
Status = IngestBatchItem.Status


def _reset_task_backends() -> None:
    # django.tasks caches its backends and does not listen for setting changes.
    state = vars(task_backends)
    state.pop("settings", None)
    state.update(_settings=None, _connections=Local(False))


@pytest.fixture
def database_tasks(settings: Any) -> Iterator[None]:
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.VERIFY_BATCH_LEASE_SECONDS = 600
    _reset_task_backends()
    yield
    _reset_task_backends()
    _empty_history_for_flush()


def _empty_history_for_flush() -> None:
    # These tests commit, so the database is emptied after each one. PostgreSQL
    # empties with TRUNCATE, which the append-only trigger allows; SQLite deletes
    # row by row, which it refuses: lift the rule for the clean-up only.
    if connection.vendor != "sqlite":
        return
    rules = importlib.import_module("verify.migrations.0003_database_rules")
    no_delete = rules.SQLITE_FORWARD[-1]
    assert "verify_claimevent_no_delete" in no_delete
    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER verify_claimevent_no_delete")
        cursor.execute("DELETE FROM verify_claimevent")
        cursor.execute(no_delete)


def _batch(user: User, count: int) -> IngestBatch:
    files = [
        BatchFile(name=f"{n}.txt", title="", text=f"Item {n}. The council said {n} roads closed.")
        for n in range(count)
    ]
    return batch_create_files(files=files, user=user)


def _die_holding_one_task() -> int:
    """Do what a worker does before running a task, then stop: return the item's id."""
    with transaction.atomic():
        task_row = DBTaskResult.objects.ready().get_locked()
        assert task_row is not None
        task_row.claim("worker-that-dies")
    item_id = int(task_row.task_result.args[0])
    assert batches._claim(item_id)
    return item_id


def _run_worker_here() -> None:
    call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)


def test_items_wait_for_a_worker_and_the_worker_ingests_them(
    database_tasks: None, editor: User
) -> None:
    batch = _batch(editor, 3)
    assert set(batch.items.values_list("status", flat=True)) == {Status.WAITING}
    assert DBTaskResult.objects.ready().count() == 3
    _run_worker_here()
    assert set(batch.items.values_list("status", flat=True)) == {Status.DONE}
    assert Article.objects.count() == 3


def test_a_task_claimed_by_a_worker_that_died_is_picked_up_again(
    database_tasks: None, editor: User
) -> None:
    batch = _batch(editor, 3)
    lost = _die_holding_one_task()
    _run_worker_here()
    assert IngestBatchItem.objects.get(pk=lost).status == Status.RUNNING  # within its lease
    assert batch.items.filter(status=Status.DONE).count() == 2

    later = timezone.now() + dt.timedelta(minutes=11)
    assert batch_items_recover(now=later) == 1
    _run_worker_here()
    item = IngestBatchItem.objects.get(pk=lost)
    assert (item.status, item.attempts) == (Status.DONE, 2)
    assert Article.objects.count() == 3


@pytest.mark.postgres
def test_a_separate_worker_process_finishes_what_a_dead_worker_left(
    database_tasks: None, editor: User
) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("a second process needs a shared database: run the suite on PostgreSQL")
    batch = _batch(editor, 2)
    lost = _die_holding_one_task()
    assert batch_items_recover(now=timezone.now() + dt.timedelta(minutes=11)) == 1
    _run_worker_process()
    assert set(batch.items.values_list("status", flat=True)) == {Status.DONE}
    assert IngestBatchItem.objects.get(pk=lost).attempts == 2


def _run_worker_process() -> None:
    db = connection.settings_dict
    url = f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
        "DEBUG": "true",
    }
    command = [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay"]
    done = subprocess.run(  # noqa: S603 (our own interpreter and manage.py)
        [*command, "--no-reload", "-v", "0"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_a_worker_extracts_outside_the_transaction_that_stores_the_article(
    editor: User, monkeypatch: pytest.MonkeyPatch, database_tasks: None
) -> None:
    # The extraction (and a URL item's fetch) must hold no transaction open: a worker would
    # sit "idle in transaction" for its whole duration.
    from verify.extraction import extract as real

    seen_in_transaction: list[bool] = []

    def extract_watched(text: str) -> Any:
        seen_in_transaction.append(connection.in_atomic_block)
        return real(text)

    monkeypatch.setattr("verify.services.ingest.extract", extract_watched)
    batch = IngestBatch.objects.create(created_by=editor)
    item = IngestBatchItem.objects.create(
        batch=batch, position=0, name="a.txt", text="The council said 12 roads closed."
    )
    assert batches.batch_item_run(item_id=item.pk) == Status.DONE
    assert seen_in_transaction == [False]
    item.refresh_from_db()
    assert item.article == Article.objects.get()


def test_a_worker_takes_waiting_ingest_work_before_matching_work(
    database_tasks: None, editor: User
) -> None:
    # An article ingested earlier left its matching task waiting; a batch queued later
    # still goes first, so a large batch fills the queue before the suggestions come.
    article_ingest(text="The council said 40 bridges were closed in March.")
    batch = _batch(editor, 2)
    order = [row.task_path for row in DBTaskResult.objects.ready()]
    assert order == [
        "verify.tasks.ingest_batch_item",
        "verify.tasks.ingest_batch_item",
        "verify.tasks.article_matches_find",
    ]
    with transaction.atomic():
        first = DBTaskResult.objects.ready().get_locked()
    assert first is not None
    assert first.task_path == "verify.tasks.ingest_batch_item"
    assert int(first.args_kwargs["args"][0]) in set(batch.items.values_list("pk", flat=True))
