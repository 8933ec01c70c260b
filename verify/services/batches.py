"""Background ingest: a batch of files or web addresses, one task per item.

An item moves waiting → running → done | failed. A worker takes an item by a
conditional UPDATE (so a task enqueued twice runs once), stores the article in
``article_ingest``'s own transaction (so nothing is half-stored), and records
the outcome. Bad input fails at once with its reason; anything else (network,
database, a worker that died) is retried up to VERIFY_BATCH_MAX_ATTEMPTS times
and then failed with its reason: no item is lost silently.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F
from django.tasks import task_backends
from django.utils import timezone

from verify.models import IngestBatch, IngestBatchItem
from verify.services.ingest import IngestRefused, IngestResult, article_ingest
from verify.services.url_ingest import article_ingest_url
from verify.textio import UnreadableText, text_from_file

logger = logging.getLogger(__name__)

Status = IngestBatchItem.Status


@dataclass(frozen=True, slots=True)
class BatchFile:
    """A file already read and decoded, or the reason it could not be."""

    name: str
    title: str = ""
    text: str = ""
    error: str = ""


@transaction.atomic
def batch_create_files(
    *, files: Iterable[BatchFile], user: Any = None, label: str = "", outlet: str = "",
    kind: str = IngestBatch.Kind.FILES,
) -> IngestBatch:  # fmt: skip
    batch = _batch(kind=kind, label=label, outlet=outlet, user=user)
    items = [_file_item(batch, n, f) for n, f in enumerate(files)]
    return _start(batch, items)


def _file_item(batch: IngestBatch, position: int, file: BatchFile) -> IngestBatchItem:
    item = IngestBatchItem(
        batch=batch, position=position, name=file.name[:2000], title=file.title[:500]
    )
    if file.error:  # unreadable: reported with the batch, never queued
        item.status, item.error, item.finished_at = Status.FAILED, file.error, timezone.now()
    else:
        item.text = file.text
    return item


@transaction.atomic
def batch_create_urls(
    *, urls: Iterable[str], user: Any = None, label: str = "", outlet: str = ""
) -> IngestBatch:
    batch = _batch(kind=IngestBatch.Kind.URLS, label=label, outlet=outlet, user=user)
    items = [
        IngestBatchItem(batch=batch, position=n, name=url[:2000], url=url[:2000])
        for n, url in enumerate(urls)
    ]
    return _start(batch, items)


def _batch(*, kind: str, label: str, outlet: str, user: Any) -> IngestBatch:
    return IngestBatch.objects.create(
        kind=kind,
        label=label[:200],
        outlet=outlet[:200],
        created_by=user if getattr(user, "is_authenticated", False) else None,
    )


def _start(batch: IngestBatch, items: list[IngestBatchItem]) -> IngestBatch:
    stored = IngestBatchItem.objects.bulk_create(items, batch_size=500)
    # With the database backend the tasks are rows written in this same
    # transaction: no worker sees a task before its item exists.
    for item in stored:
        if item.status == Status.WAITING:
            _enqueue(item.pk)
    return batch


def _enqueue(item_id: int, *, delay_seconds: int = 0) -> None:
    from verify.tasks import ingest_batch_item  # the task module imports this one

    task = ingest_batch_item
    if delay_seconds and task_backends[task.backend].supports_defer:
        task = task.using(run_after=timezone.now() + dt.timedelta(seconds=delay_seconds))
    task.enqueue(item_id)


def batch_item_run(*, item_id: int) -> str:
    """Run one item; returns its status afterwards ("skipped" if it was not waiting)."""
    if not _claim(item_id):
        return "skipped"
    item = IngestBatchItem.objects.select_related("batch__created_by").get(pk=item_id)
    # Only a worker's own transaction may skip the wait for the disk: under the immediate
    # backend this runs inside the request that made the batch, whose commit must not.
    own_transaction = not connection.in_atomic_block
    outcome: list[str | None] = []

    def record(result: IngestResult) -> None:
        # The article, its items, its matching task and the item marked done: one commit
        # (the fetch and the extraction stay outside it, holding no locks).
        if own_transaction:
            _commit_without_waiting_for_disk()
        outcome.append(_succeed(item, result))

    try:
        _ingest(item, on_stored=record)
        status = outcome[0]
    except (IngestRefused, UnreadableText) as error:
        status = _fail(item, str(error))
    except Exception as error:  # anything else may pass on another try
        logger.warning("Batch item %s attempt %s failed", item.pk, item.attempts, exc_info=True)
        status = _retry_or_fail(item, f"{type(error).__name__}: {error}")
    # None: queued again, or no longer running (taken back meanwhile): read what it is now.
    return status or IngestBatchItem.objects.values_list("status", flat=True).get(pk=item_id)


def _commit_without_waiting_for_disk() -> None:
    """On PostgreSQL, this transaction's commit returns before its WAL reaches the disk.

    A crash can then lose the last few hundred milliseconds of commits, and nothing
    more: such an item was committed as "running" by ``_claim`` (a normal commit), so
    ``batch_items_recover`` queues it again after the lease; and the worker's own
    synchronous commit of the task's result flushes this one first."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit TO OFF")


def _claim(item_id: int) -> bool:
    return bool(
        IngestBatchItem.objects.filter(pk=item_id, status=Status.WAITING).update(
            status=Status.RUNNING, started_at=timezone.now(), attempts=F("attempts") + 1
        )
    )


def _ingest(item: IngestBatchItem, *, on_stored: Callable[[IngestResult], None]) -> IngestResult:
    batch = item.batch
    if item.url and not item.text:
        return article_ingest_url(
            url=item.url, user=batch.created_by, outlet=batch.outlet, on_stored=on_stored
        )
    return article_ingest(
        text=item.text,
        title=item.title,
        outlet=batch.outlet,
        user=batch.created_by,
        on_stored=on_stored,
    )


def _succeed(item: IngestBatchItem, result: IngestResult) -> str | None:
    return _finish(item, status=Status.DONE, article=result.article, created_article=result.created)


def _fail(item: IngestBatchItem, reason: str) -> str | None:
    return _finish(item, status=Status.FAILED, error=reason or "Unknown error.")


def _finish(item: IngestBatchItem, *, status: str, **fields: Any) -> str | None:
    """Record the outcome of a running item; its new status, or None if it was not running."""
    # The text has become an article (or will never become one): no need to keep a copy.
    updated = IngestBatchItem.objects.filter(pk=item.pk, status=Status.RUNNING).update(
        text="", finished_at=timezone.now(), status=status, **fields
    )
    return status if updated else None


def _retry_or_fail(item: IngestBatchItem, reason: str) -> str | None:
    limit = settings.VERIFY_BATCH_MAX_ATTEMPTS
    if item.attempts >= limit:
        return _fail(item, f"Gave up after {item.attempts} attempts. Last error: {reason}")
    updated = IngestBatchItem.objects.filter(pk=item.pk, status=Status.RUNNING).update(
        status=Status.WAITING, error=reason
    )
    if updated:
        _enqueue(item.pk, delay_seconds=settings.VERIFY_BATCH_RETRY_SECONDS * item.attempts)
    return None  # waiting, or already run again (the immediate backend): read it back


def batch_items_recover(*, now: dt.datetime | None = None) -> int:
    """Run again the items whose worker stopped mid-way (killed, machine lost).

    django-tasks-db has no heartbeat: a task whose worker died stays "running"
    for ever. Our items carry their start time, so an item running for longer
    than VERIFY_BATCH_LEASE_SECONDS is taken back. Returns how many were."""
    cutoff = (now or timezone.now()) - dt.timedelta(seconds=settings.VERIFY_BATCH_LEASE_SECONDS)
    recovered = 0
    stale = IngestBatchItem.objects.filter(status=Status.RUNNING, started_at__lt=cutoff)
    for item in stale.only("pk", "attempts", "started_at"):
        recovered += _recover(item, cutoff)
    return recovered


@transaction.atomic
def _recover(item: IngestBatchItem, cutoff: dt.datetime) -> int:
    reason = "The worker stopped while ingesting this item."
    still_stale = IngestBatchItem.objects.filter(
        pk=item.pk, status=Status.RUNNING, started_at__lt=cutoff
    )
    if item.attempts >= settings.VERIFY_BATCH_MAX_ATTEMPTS:
        return still_stale.update(
            status=Status.FAILED,
            error=f"Gave up after {item.attempts} attempts. {reason}",
            text="",
            finished_at=timezone.now(),
        )
    if not still_stale.update(status=Status.WAITING, error=reason):
        return 0  # finished meanwhile, or another recoverer took it
    _enqueue(item.pk)
    return 1


@transaction.atomic
def batch_retry_failed(*, batch: IngestBatch) -> int:
    """Put a batch's failed web addresses back in the queue (files keep no text to retry)."""
    failed = batch.items.filter(status=Status.FAILED).exclude(url="")
    ids = list(failed.values_list("pk", flat=True))
    failed.update(status=Status.WAITING, attempts=0, error="", finished_at=None)
    for item_id in ids:
        _enqueue(item_id)
    return len(ids)


def batch_file_read(name: str, data: bytes, charset: str | None = None) -> BatchFile:
    """A file as a batch item: its text, or why it cannot be ingested."""
    limit = settings.VERIFY_MAX_ARTICLE_BYTES
    if len(data) > limit:
        return BatchFile(name=name, error=f"{name} is {len(data):,} bytes; the limit is {limit:,}.")
    try:
        title, text = text_from_file(name, data, charset)
    except UnreadableText as error:
        return BatchFile(name=name, error=str(error))
    return BatchFile(name=name, title=title, text=text)
