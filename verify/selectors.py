"""Reads: every query a page or the API makes for the desk's data."""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import (
    Case,
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import TruncDate
from django.http import Http404
from django.utils import timezone

from accounts.models import User
from accounts.permissions import user_can_view
from verify.keyset import Key, after
from verify.models import (
    Article,
    Claim,
    ClaimEvent,
    ClaimMatch,
    Comment,
    Evidence,
    SavedView,
    Source,
    SourceAlias,
    Verdict,
)


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
        return Claim.objects.select_related(
            "article", "source", "verdict", "assignee", "linked_to__verdict"
        ).get(pk=pk)
    except Claim.DoesNotExist:
        raise Http404 from None


def claim_history(*, claim: Claim) -> QuerySet[ClaimEvent]:
    return claim.events.select_related("actor")


# --- the review queue ------------------------------------------------------------------------

QUEUE_PAGE_SIZE = 50
COUNT_CAP = 1000
STATUS_ORDER = [s.value for s in Claim.Status]
# Each sort: the ordering keys, ending in a unique one, for keyset paging.
_SCORE = Key("checkworthiness", descending=True, kind="float")
SORTS: dict[str, tuple[Key, ...]] = {
    "score": (_SCORE, Key("id")),
    "-date": (Key("created_at", descending=True, kind="datetime"), Key("id", descending=True)),
    "date": (Key("created_at", kind="datetime"), Key("id")),
    "status": (Key("status_rank"), _SCORE, Key("id")),
}


@dataclass(frozen=True)
class QueueFilters:
    """The queue's filters, as parsed from the URL by ``QueueFilterForm``."""

    statuses: tuple[str, ...] = ()
    kind: str = ""
    verdict: int | None = None
    source: int | None = None
    article: int | None = None
    outlet: str = ""
    assignee: str = ""  # "mine", "unassigned", or a user id
    flag: str = ""
    score_min: float | None = None
    score_max: float | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    q: str = ""
    sort: str = "score"
    strong_match: bool = False


@dataclass(frozen=True)
class QueuePage:
    object_list: list[Claim]
    next_cursor: str | None


def queue_claims(*, user: Any, filters: QueueFilters, with_status: bool = True) -> QuerySet[Claim]:
    """The queue's items matching ``filters``, in the chosen order: the bare rows, without
    the related rows a page shows (``queue_page`` adds them to the page's items only)."""
    _require_view(user)
    claims = Claim.objects.filter(_filter_q(user, filters, with_status=with_status))
    if filters.strong_match:
        claims = claims.filter(Exists(_strong_matches()))
    if filters.q.strip():
        claims = _search(claims, filters.q)
    return _ordered(claims, filters.sort)


def _ordered(claims: QuerySet[Claim], sort: str) -> QuerySet[Claim]:
    keys = SORTS.get(sort, SORTS["score"])
    if keys[0].field == "status_rank":
        claims = claims.annotate(status_rank=_status_rank())
    return claims.order_by(*(key.order_by() for key in keys))


def _strong_matches() -> QuerySet[ClaimMatch]:
    """A strong, undecided match: the item likely repeats a claim the desk already has."""
    return ClaimMatch.objects.filter(
        claim=OuterRef("pk"), state=ClaimMatch.State.SUGGESTED, strong=True
    )


def _filter_q(user: Any, f: QueueFilters, *, with_status: bool) -> Q:
    q = Q()
    if with_status and f.statuses:
        q &= Q(status__in=f.statuses)
    exact = {"kind": f.kind, "verdict_id": f.verdict, "source_id": f.source,
             "article_id": f.article, "article__outlet": f.outlet}  # fmt: skip
    q &= Q(**{name: value for name, value in exact.items() if value not in (None, "")})
    if f.flag:
        q &= Q(flags__contains=[f.flag]) if _postgres() else Q(flags__icontains=f'"{f.flag}"')
    if f.score_min is not None:
        q &= Q(checkworthiness__gte=f.score_min)
    if f.score_max is not None:
        q &= Q(checkworthiness__lte=f.score_max)
    if f.date_from is not None:
        q &= Q(created_at__date__gte=f.date_from)
    if f.date_to is not None:
        q &= Q(created_at__date__lte=f.date_to)
    return q & _assignee_q(user, f.assignee)


def _assignee_q(user: Any, assignee: str) -> Q:
    now = timezone.now()
    held = Q(assignee__isnull=False, lease_expires_at__gt=now)
    if assignee == "mine":
        return Q(assignee=user.pk)
    if assignee == "unassigned":
        return ~held
    if assignee.isdigit():
        return Q(assignee=int(assignee))
    return Q()


def _postgres() -> bool:
    return connection.vendor == "postgresql"


def _search(claims: QuerySet[Claim], text: str) -> QuerySet[Claim]:
    if _postgres():
        vector = SearchVector("text", config="english")  # matches the GIN index of migration 0005
        query = SearchQuery(text, config="english", search_type="websearch")
        return claims.alias(search=vector).filter(search=query)
    # SQLite: every word somewhere in the text.
    for word in text.split()[:8]:
        claims = claims.filter(text__icontains=word.strip('"'))
    return claims


def _status_rank() -> Case:
    whens = [When(status=value, then=Value(rank)) for rank, value in enumerate(STATUS_ORDER)]
    return Case(*whens, default=Value(len(STATUS_ORDER)), output_field=IntegerField())


def queue_page(
    *, claims: QuerySet[Claim], sort: str, cursor: str = "", size: int = QUEUE_PAGE_SIZE
) -> QueuePage:
    """One page after ``cursor`` (keyset paging: no OFFSET, no COUNT of the table).

    The page's ids are chosen on the claim table alone (a subquery), and only those rows
    are joined to their article, source, verdict, assignee and matches: a filter that
    matches thousands of rows (a text search) sorts them without joining each one."""
    keys = SORTS.get(sort, SORTS["score"])
    values = _cursor_decode(cursor, keys)
    if values is not None:
        claims = claims.filter(after(keys, values))
    page_ids = claims.values("pk")[: size + 1]
    rows = Claim.objects.filter(pk__in=page_ids).select_related(
        "article", "source", "verdict", "assignee"
    )
    rows = rows.defer("article__body").annotate(has_strong_match=Exists(_strong_matches()))
    items = list(_ordered(rows, sort))
    more = len(items) > size
    items = items[:size]
    next_cursor = _cursor_encode(items[-1], keys) if more else None
    return QueuePage(object_list=items, next_cursor=next_cursor)


def _cursor_encode(claim: Claim, keys: Sequence[Key]) -> str:
    values = [getattr(claim, key.field) for key in keys]
    raw = json.dumps([v.isoformat() if isinstance(v, dt.datetime) else v for v in values])
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _cursor_decode(cursor: str, keys: Sequence[Key]) -> list[Any] | None:
    if not cursor:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw)
        if not isinstance(values, list) or len(values) != len(keys):
            return None
        return [
            dt.datetime.fromisoformat(v) if key.kind == "datetime" else v
            for key, v in zip(keys, values, strict=True)
        ]
    except (ValueError, TypeError):
        return None  # a mangled cursor shows the first page rather than an error


def queue_status_counts(*, user: Any, filters: QueueFilters) -> dict[str, int]:
    """Items per status under the other filters, each counted only up to
    ``COUNT_CAP + 1`` (shown as "1000+"): an index walk that stops early, so the
    counts cost the same at a thousand items or a million."""
    claims = queue_claims(user=user, filters=filters, with_status=False)
    rows = claims.select_related(None).order_by().values("pk")
    return {status: rows.filter(status=status)[: COUNT_CAP + 1].count() for status in STATUS_ORDER}


def queue_choices() -> dict[str, Any]:
    """Options for the filter sidebar: small tables only."""
    return {
        "verdicts": list(Verdict.objects.filter(is_active=True)),
        "outlets": _outlets(200),
        "editors": list(
            User.objects.filter(is_active=True, groups__permissions__codename="change_claim")
            .distinct()
            .order_by("username")
        ),
    }


# The distinct outlets by skipping through the outlet index, one probe per outlet, instead
# of reading every article: the same cost at ten thousand articles or ten million.
_OUTLETS_SQL = """
WITH RECURSIVE outlets(outlet) AS (
  (SELECT outlet FROM verify_article WHERE outlet > '' ORDER BY outlet LIMIT 1)
  UNION ALL
  SELECT (SELECT a.outlet FROM verify_article a WHERE a.outlet > o.outlet
          ORDER BY a.outlet LIMIT 1)
  FROM outlets o WHERE o.outlet IS NOT NULL
)
SELECT outlet FROM outlets WHERE outlet IS NOT NULL LIMIT %s
"""


def _outlets(limit: int) -> list[str]:
    if _postgres():
        with connection.cursor() as cursor:
            cursor.execute(_OUTLETS_SQL, [limit])
            return [outlet for (outlet,) in cursor.fetchall()]
    articles = Article.objects.exclude(outlet="").order_by("outlet")
    return list(articles.values_list("outlet", flat=True).distinct()[:limit])


def saved_views(*, user: Any) -> QuerySet[SavedView]:
    return SavedView.objects.filter(user=user)


def source_suggestions(*, q: str, limit: int = 10) -> list[Source]:
    """Sources whose name or an alias starts with (or contains) the typed text."""
    key = q.strip()
    if len(key) < 2:
        return []
    by_alias = SourceAlias.objects.filter(name__icontains=key).values("source_id")
    matches = Source.objects.filter(Q(name__icontains=key) | Q(pk__in=by_alias))
    return list(matches.order_by("name")[:limit])


# --- the claim page --------------------------------------------------------------------------


def claim_neighbours(*, claim: Claim) -> QuerySet[Claim]:
    """The other items of the same article, in text order."""
    return article_items(article=claim.article).exclude(pk=claim.pk)


def claim_evidence(*, claim: Claim) -> QuerySet[Evidence]:
    return claim.evidence.select_related("added_by")


def evidence_claim_id(*, pk: int) -> int:
    """The item a piece of evidence belongs to (404 when there is no such evidence)."""
    claim_id = Evidence.objects.filter(pk=pk).values_list("claim_id", flat=True).first()
    if claim_id is None:
        raise Http404
    return claim_id


def claim_comments(*, claim: Claim) -> QuerySet[Comment]:
    return claim.comments.select_related("author")


# --- the dashboard ---------------------------------------------------------------------------


def dashboard_data(*, user: Any, weeks: int = 6) -> dict[str, Any]:
    _require_view(user)
    now = timezone.now()
    since = (now - dt.timedelta(weeks=weeks)).date()
    by_status = dict.fromkeys(STATUS_ORDER, 0)
    by_status.update(dict(Claim.objects.order_by().values_list("status").annotate(n=Count("id"))))
    by_verdict = list(
        Verdict.objects.annotate(n=Count("claims")).filter(n__gt=0).values_list("label", "n")
    )
    published = (
        Claim.objects.filter(published_at__date__gte=since)
        .annotate(day=TruncDate("published_at"))
        .order_by()
        .values_list("day")
        .annotate(n=Count("id"))
    )
    per_day = dict(published)
    days = [since + dt.timedelta(days=i) for i in range((now.date() - since).days + 1)]
    waiting = Claim.objects.filter(status=Claim.Status.PROPOSED).select_related(
        "article", "proposed_by", "verdict"
    )
    leases = (
        Claim.objects.filter(assignee__isnull=False, lease_expires_at__gt=now)
        .order_by()
        .values_list("assignee__username")
        .annotate(n=Count("id"))
        .order_by("-n")
    )
    return {
        "by_status": [(Claim.Status(value).label, n) for value, n in by_status.items()],
        "by_verdict": by_verdict,
        "per_day": [(day, per_day.get(day, 0)) for day in days],
        "waiting": list(waiting.order_by("proposed_at", "id")[:10]),
        "leases": list(leases),
    }


def claim_matches(*, claim: Claim) -> list[ClaimMatch]:
    """The "Already checked?" panel: suggested and linked matches, published candidates first."""
    rows = (
        claim.matches.exclude(state=ClaimMatch.State.DISMISSED)
        .select_related("candidate__article", "candidate__verdict", "candidate__source")
        .prefetch_related("candidate__evidence")
    )
    return sorted(rows, key=lambda m: (m.candidate.status != Claim.Status.PUBLISHED, -m.score))


def claim_match_exists(*, claim: Claim, pk: int) -> bool:
    return claim.matches.filter(pk=pk).exists()


def claims_with_strong_match(*, pks: list[int]) -> set[int]:
    strong = ClaimMatch.objects.filter(claim__in=pks, state=ClaimMatch.State.SUGGESTED, strong=True)
    return set(strong.values_list("claim_id", flat=True))
