from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.db import connection, transaction
from django.utils import timezone

from accounts.models import User
from verify.batch_selectors import batch_progress
from verify.models import Article, IngestBatch, IngestBatchItem
from verify.services import batches
from verify.services.batches import BatchFile, batch_create_files, batch_items_recover
from verify.services.ingest import article_ingest

pytestmark = pytest.mark.django_db

Status = IngestBatchItem.Status


def _file(n: int, text: str | None = None) -> BatchFile:
    body = (
        text if text is not None else f"Report {n}. The mayor said {n} buses were bought in 2023."
    )
    return BatchFile(name=f"wire-{n}.txt", title=f"Wire {n}", text=body)


def test_a_batch_of_files_is_ingested_item_by_item(editor: User) -> None:
    batch = batch_create_files(files=[_file(1), _file(2), _file(3)], user=editor, outlet="Wire")
    progress = batch_progress(batch=batch)
    assert (progress.total, progress.done, progress.failed, progress.waiting) == (3, 3, 0, 0)
    assert progress.finished
    assert progress.percent == 100
    items = list(batch.items.select_related("article"))
    assert [item.article.title for item in items if item.article] == ["Wire 1", "Wire 2", "Wire 3"]
    assert all(item.created_article and item.attempts == 1 for item in items)
    assert {a.outlet for a in Article.objects.all()} == {"Wire"}
    assert {a.ingested_by for a in Article.objects.all()} == {editor}


def test_stored_items_keep_no_copy_of_their_text(editor: User) -> None:
    batch = batch_create_files(files=[_file(1)], user=editor)
    assert batch.items.get().text == ""


def test_bad_input_fails_at_once_with_its_reason_and_stores_nothing(editor: User) -> None:
    batch = batch_create_files(files=[_file(1), _file(2, text="   "), _file(3)], user=editor)
    failed = batch.items.get(position=1)
    assert failed.status == Status.FAILED
    assert failed.error == "The text is empty."
    assert failed.attempts == 1
    assert failed.article is None
    assert Article.objects.count() == 2
    assert batch_progress(batch=batch).failed == 1


def test_the_same_text_twice_is_done_and_points_at_the_one_article(editor: User) -> None:
    batch = batch_create_files(files=[_file(1), _file(1)], user=editor)
    first, second = batch.items.all()
    assert first.article == second.article
    assert (first.created_article, second.created_article) == (True, False)
    assert Article.objects.count() == 1


def _flaky_ingest(monkeypatch: pytest.MonkeyPatch, failures: int) -> list[int]:
    calls: list[int] = []
    real = article_ingest

    def flaky(**kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) <= failures:
            raise ConnectionError("database went away")
        return real(**kwargs)

    monkeypatch.setattr("verify.services.batches.article_ingest", flaky)
    return calls


def test_a_passing_failure_is_retried_and_then_succeeds(
    editor: User, monkeypatch: pytest.MonkeyPatch, settings: Any
) -> None:
    settings.VERIFY_BATCH_MAX_ATTEMPTS = 3
    calls = _flaky_ingest(monkeypatch, failures=2)
    batch = batch_create_files(files=[_file(1)], user=editor)
    item = batch.items.get()
    assert len(calls) == 3
    assert (item.status, item.attempts) == (Status.DONE, 3)
    assert batch_progress(batch=batch).retried == 1
    assert Article.objects.count() == 1


def test_a_lasting_failure_is_retried_a_bounded_number_of_times_then_reported(
    editor: User, monkeypatch: pytest.MonkeyPatch, settings: Any
) -> None:
    settings.VERIFY_BATCH_MAX_ATTEMPTS = 3
    calls = _flaky_ingest(monkeypatch, failures=99)
    batch = batch_create_files(files=[_file(1)], user=editor)
    item = batch.items.get()
    assert len(calls) == 3
    assert item.status == Status.FAILED
    assert item.error == (
        "Gave up after 3 attempts. Last error: ConnectionError: database went away"
    )
    assert Article.objects.count() == 0


def test_an_article_is_stored_only_together_with_its_item_marked_done(
    editor: User, monkeypatch: pytest.MonkeyPatch, settings: Any
) -> None:
    # The article is written, then marking the item done fails: both roll back, and the
    # retry stores the article once.
    settings.VERIFY_BATCH_MAX_ATTEMPTS = 3
    real = batches._succeed
    calls: list[int] = []

    def succeed_once_written(item: IngestBatchItem, result: Any) -> None:
        calls.append(1)
        assert Article.objects.filter(pk=result.article.pk).exists()
        if len(calls) == 1:
            raise ConnectionError("connection lost before the commit")
        real(item, result)

    monkeypatch.setattr(batches, "_succeed", succeed_once_written)
    batch = batch_create_files(files=[_file(1)], user=editor)
    item = batch.items.get()
    assert (item.status, item.attempts, len(calls)) == (Status.DONE, 2, 2)
    assert item.created_article  # the first attempt left no article behind
    assert Article.objects.count() == 1
    assert item.article == Article.objects.get()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's commit setting")
def test_a_batch_run_inside_another_transaction_leaves_its_commit_synchronous(
    editor: User,
) -> None:
    # Under the immediate backend the items run inside the request that made the batch:
    # "SET LOCAL synchronous_commit" would last until that request's own commit.
    with transaction.atomic():
        batch = batch_create_files(files=[_file(1)], user=editor)
        with connection.cursor() as cursor:
            cursor.execute("SHOW synchronous_commit")
            (setting,) = cursor.fetchone()
    assert batch.items.get().status == Status.DONE
    assert setting == "on"


def test_a_task_delivered_twice_runs_its_item_once(editor: User) -> None:
    batch = batch_create_files(files=[_file(1)], user=editor)
    item = batch.items.get()
    assert batches.batch_item_run(item_id=item.pk) == "skipped"
    item.refresh_from_db()
    assert item.attempts == 1


def _left_running(batch: IngestBatch, *, minutes_ago: int, attempts: int = 1) -> IngestBatchItem:
    # What a worker killed mid-item leaves behind.
    item = batch.items.get()
    started = timezone.now() - dt.timedelta(minutes=minutes_ago)
    IngestBatchItem.objects.filter(pk=item.pk).update(
        status=Status.RUNNING, started_at=started, attempts=attempts, article=None
    )
    return item


def _waiting_batch(user: User) -> IngestBatch:
    batch = IngestBatch.objects.create(created_by=user)
    IngestBatchItem.objects.create(batch=batch, position=0, name="a.txt", text=_file(7).text)
    return batch


def test_an_item_whose_worker_died_is_run_again_after_the_lease(
    editor: User, settings: Any
) -> None:
    settings.VERIFY_BATCH_LEASE_SECONDS = 600
    batch = _waiting_batch(editor)
    item = _left_running(batch, minutes_ago=11)
    assert batch_items_recover() == 1
    item.refresh_from_db()
    assert (item.status, item.attempts) == (Status.DONE, 2)
    assert item.article is not None


def test_an_item_still_within_its_lease_is_left_to_its_worker(editor: User, settings: Any) -> None:
    settings.VERIFY_BATCH_LEASE_SECONDS = 600
    batch = _waiting_batch(editor)
    item = _left_running(batch, minutes_ago=5)
    assert batch_items_recover() == 0
    item.refresh_from_db()
    assert item.status == Status.RUNNING


def test_an_item_that_lost_its_worker_too_often_is_reported_failed(
    editor: User, settings: Any
) -> None:
    settings.VERIFY_BATCH_MAX_ATTEMPTS = 3
    batch = _waiting_batch(editor)
    item = _left_running(batch, minutes_ago=60, attempts=3)
    assert batch_items_recover() == 1
    item.refresh_from_db()
    assert item.status == Status.FAILED
    assert item.error == "Gave up after 3 attempts. The worker stopped while ingesting this item."
    assert Article.objects.count() == 0


def test_a_failed_item_must_say_why_in_the_database(editor: User) -> None:
    from django.db import IntegrityError, transaction

    batch = IngestBatch.objects.create(created_by=editor)
    with pytest.raises(IntegrityError), transaction.atomic():
        IngestBatchItem.objects.create(batch=batch, position=0, name="x", status=Status.FAILED)


def test_a_worker_looks_for_abandoned_items_at_most_once_a_minute(
    editor: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    from verify import tasks

    looked: list[int] = []

    def recover() -> int:
        looked.append(1)
        return 0

    monkeypatch.setattr(batches, "batch_items_recover", recover)
    monkeypatch.setattr(tasks, "_next_recovery", 0.0)
    clock = [1000.0]
    monkeypatch.setattr(tasks, "monotonic", lambda: clock[0])
    batch_create_files(files=[_file(1), _file(2)], user=editor)
    assert looked == [1]  # the first item looked; the second, a moment later, did not
    clock[0] += tasks.RECOVER_EVERY_SECONDS
    batch = batch_create_files(files=[_file(3)], user=editor)
    assert looked == [1, 1]
    assert batch_progress(batch=batch).done == 1
