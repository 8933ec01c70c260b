"""Reads: every query a page or the API makes for the desk's data."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import Http404

from accounts.permissions import user_can_view
from verify.models import Article, Claim, ClaimEvent


def _require_view(user: Any) -> None:
    # Callers run behind the login requirement; a user without a role sees nothing.
    if not user_can_view(user):
        raise Http404


def article_list(*, user: Any) -> QuerySet[Article]:
    _require_view(user)
    return Article.objects.select_related("ingested_by")


def article_get(*, user: Any, pk: int) -> Article:
    _require_view(user)
    try:
        return Article.objects.get(pk=pk)
    except Article.DoesNotExist:
        raise Http404 from None


def article_items(*, article: Article) -> QuerySet[Claim]:
    return article.claims.select_related("source", "verdict").order_by("start", "-end")


def claim_list(*, user: Any) -> QuerySet[Claim]:
    _require_view(user)
    return Claim.objects.select_related("article", "source", "verdict", "assignee")


def claim_get(*, user: Any, pk: int) -> Claim:
    _require_view(user)
    try:
        return Claim.objects.select_related("article", "source", "verdict", "assignee").get(pk=pk)
    except Claim.DoesNotExist:
        raise Http404 from None


def claim_history(*, claim: Claim) -> QuerySet[ClaimEvent]:
    return claim.events.select_related("actor")
