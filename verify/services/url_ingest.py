"""Ingest from a web address: fetch the page, extract the article, store it with its URL."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings

from verify.fetch import FetchPolicy, FetchRefused, fetch, page_article
from verify.services.ingest import IngestRefused, IngestResult, article_ingest


def fetch_policy() -> FetchPolicy:
    return FetchPolicy(
        timeout=float(settings.VERIFY_FETCH_TIMEOUT_SECONDS),
        max_bytes=settings.VERIFY_FETCH_MAX_BYTES,
        max_redirects=settings.VERIFY_FETCH_MAX_REDIRECTS,
        allow_loopback=settings.VERIFY_FETCH_ALLOW_LOOPBACK_FOR_TESTS,
    )


def article_ingest_url(
    *,
    url: str,
    user: Any = None,
    outlet: str = "",
    on_stored: Callable[[IngestResult], None] | None = None,
) -> IngestResult:
    """Raises ``IngestRefused`` for an address or page Verify will not take, and
    ``verify.fetch.FetchFailed`` when the fetch may work on another try.

    Not one transaction: the network wait must hold no database locks, and
    ``article_ingest`` stores everything in its own transaction."""
    try:
        page = fetch(url, fetch_policy())
        article = page_article(page)
    except FetchRefused as error:
        raise IngestRefused(str(error)) from None
    return article_ingest(
        text=article.text,
        title=article.title,
        url=article.url,
        outlet=outlet or article.outlet,
        published_on=article.published_on,
        user=user,
        on_stored=on_stored,
    )
