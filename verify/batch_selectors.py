"""Reads for background batches: progress counts and the items to show."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.http import Http404

from accounts.permissions import user_can_ingest
from verify.models import IngestBatch, IngestBatchItem

Status = IngestBatchItem.Status


@dataclass(frozen=True, slots=True)
class BatchProgress:
    total: int
    waiting: int
    running: int
    done: int
    failed: int
    retried: int

    @property
    def finished(self) -> bool:
        return self.waiting + self.running == 0

    @property
    def percent(self) -> int:
        return 100 * (self.done + self.failed) // self.total if self.total else 100


def batch_list(*, user: Any) -> QuerySet[IngestBatch]:
    if not user_can_ingest(user):
        raise Http404
    return IngestBatch.objects.select_related("created_by")


def batch_get(*, user: Any, pk: int) -> IngestBatch:
    try:
        return batch_list(user=user).get(pk=pk)
    except IngestBatch.DoesNotExist:
        raise Http404 from None


def batch_progress(*, batch: IngestBatch) -> BatchProgress:
    counts = batch.items.aggregate(
        total=Count("pk"),
        waiting=Count("pk", filter=Q(status=Status.WAITING)),
        running=Count("pk", filter=Q(status=Status.RUNNING)),
        done=Count("pk", filter=Q(status=Status.DONE)),
        failed=Count("pk", filter=Q(status=Status.FAILED)),
        retried=Count("pk", filter=Q(attempts__gt=1)),
    )
    return BatchProgress(**counts)


def batch_failures(*, batch: IngestBatch) -> QuerySet[IngestBatchItem]:
    return batch.items.filter(status=Status.FAILED).only("name", "error", "attempts", "position")


def batch_list_with_progress(*, user: Any) -> QuerySet[IngestBatch]:
    """Batches with their item counts, in one query."""
    return (
        batch_list(user=user)
        .order_by("-created_at", "-id")
        .annotate(
            total=Count("items"),
            done=Count("items", filter=Q(items__status=Status.DONE)),
            failed=Count("items", filter=Q(items__status=Status.FAILED)),
        )
    )
