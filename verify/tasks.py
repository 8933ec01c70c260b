"""Background tasks (``django.tasks``): the immediate backend in the demo and the
tests, django-tasks-db's ``db_worker`` in production. Each task is a thin call
into a service, which owns the state and the retries."""

from __future__ import annotations

from time import monotonic

from django.tasks import task

from verify.services import batches

# How often a worker looks for items whose worker died (their lease is 10 minutes).
RECOVER_EVERY_SECONDS = 60.0
_next_recovery = 0.0


@task()
def ingest_batch_item(item_id: int) -> str:
    status = batches.batch_item_run(item_id=item_id)
    # Workers also take back items whose worker died, so one surviving worker is enough
    # to finish a batch: at most once a minute each, not a query after every item.
    global _next_recovery
    if monotonic() >= _next_recovery:
        _next_recovery = monotonic() + RECOVER_EVERY_SECONDS
        batches.batch_items_recover()
    return status


# Below the default: a worker takes waiting ingest work first, so a large batch fills the
# queue before the suggestions for its articles are worked out (seconds each at scale).
MATCHING_PRIORITY = -10


@task(priority=MATCHING_PRIORITY)
def article_matches_find(article_id: int) -> int:
    """Match a newly ingested article's items against the archive (see services.matching):
    off the ingest request, on a worker, in production, after the ingest work waiting."""
    from verify.models import Article
    from verify.services.matching import article_matches_refresh

    article = Article.objects.filter(pk=article_id).first()
    return article_matches_refresh(article=article) if article else 0
