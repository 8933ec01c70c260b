"""Claim matching in the database: find earlier claims that say the same thing, link, dismiss.

Candidates come from an index (PostgreSQL: the full-text GIN index on the claim text; SQLite:
an in-memory BM25 index), then ``verify.matching``'s re-ranker scores them in Python.
"""

from __future__ import annotations

import math
import threading
from collections import Counter
from dataclasses import dataclass
from typing import Any

from django.db import connection, transaction
from django.db.models import Max
from django.utils import timezone

from verify.matching import text as tx
from verify.matching.features import analyse
from verify.matching.matcher import rerank
from verify.matching.rerank import default_model
from verify.matching.retrieval import BM25Index
from verify.matching.types import Query, Record
from verify.models import Article, Claim, ClaimEvent, ClaimMatch
from verify.services.review import ReviewRefused, _editable, _save

POOL = 40
KEEP = 5
CONTEXT_CHARS = 200
# the rarest terms of a claim are enough to find its repeats, and keep the OR query cheap
SEARCH_TERMS = 8
MIN_TERMS = 3
MAX_DF_SHARE = 0.005
MIN_DF = 50
# statistics are rebuilt once the archive has grown by this share since they were computed
STATS_GROWTH = 0.05
PUBLISHED_FIRST: dict[str, int] = {
    Claim.Status.PUBLISHED: 0,
    Claim.Status.PROPOSED: 1,
    Claim.Status.IN_REVIEW: 1,
}


# --- corpus statistics -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ArchiveStats:
    """Document frequencies over every stored claim text (a ``TermStats`` for the re-ranker)."""

    df: Counter[str]
    n: int
    avg_len: float
    avg_body_len: float
    top_id: int
    index: BM25Index | None = None
    ids: tuple[int, ...] = ()

    def idf_of(self, term: str) -> float:
        df = self.df.get(term, 0)
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))


_stats_lock = threading.Lock()
_stats: ArchiveStats | None = None


def archive_stats() -> ArchiveStats:
    """Per-process cache; IDF drifts slowly, so it is rebuilt only when the archive has grown."""
    global _stats
    count = Claim.objects.count()
    top = Claim.objects.aggregate(top=Max("pk"))["top"] or 0
    with _stats_lock:
        if _stats is None or _stale(_stats, count, top):
            _stats = _build_stats()
        return _stats


def _stale(stats: ArchiveStats, count: int, top: int) -> bool:
    if stats.index is not None:
        # the in-memory index (SQLite) must hold every claim to find it
        return top != stats.top_id or count != stats.n
    return count > stats.n * (1 + STATS_GROWTH) or count < stats.n or top < stats.top_id


def archive_stats_reset() -> None:
    global _stats
    with _stats_lock:
        _stats = None


def _build_stats() -> ArchiveStats:
    df: Counter[str] = Counter()
    ids, docs = [], []
    keep_docs = connection.vendor != "postgresql"
    total = 0
    rows = Claim.objects.order_by("pk").values_list("pk", "text")
    for pk, text in rows.iterator(chunk_size=5000):
        # terms only: the rest of ``analyse`` (numbers, negation) is not needed for counting
        counts = Counter(tx.terms(text))
        df.update(counts.keys())
        total += sum(counts.values())
        if keep_docs:
            ids.append(pk)
            docs.append(counts)
    n = len(ids) if keep_docs else Claim.objects.count()
    top = Claim.objects.aggregate(top=Max("pk"))["top"] or 0
    index = BM25Index(docs) if keep_docs else None
    avg = total / n if n else 0.0
    # claims carry no long body in Verify; evidence excerpts are short, about a claim's length
    return ArchiveStats(df, n, avg, avg, top, index, tuple(ids))


# --- finding candidates ----------------------------------------------------------------------


def _query_for(claim: Claim) -> Query:
    body = claim.article.body
    context = body[max(0, claim.start - CONTEXT_CHARS) : claim.end + CONTEXT_CHARS]
    speaker = claim.source.name if claim.source else claim.speaker_mention
    date = claim.article.published_on or claim.article.created_at.date()
    return Query(text=claim.text, context=context, speaker=speaker, date=date)


def _record_for(claim: Claim) -> Record:
    evidence = " ".join(f"{e.title} {e.excerpt}" for e in claim.evidence.all())
    # as in a fact-check, the body restates the claim before the desk's conclusion and evidence
    body = f"{claim.text} {claim.conclusion} {evidence}".strip()
    speaker = claim.source.name if claim.source else claim.speaker_mention
    date = claim.article.published_on or claim.article.created_at.date()
    return Record(id=str(claim.pk), text=claim.text, body=body, speaker=speaker, date=date)


def _search_terms(text: str, stats: ArchiveStats) -> list[str]:
    """The claim's rarer terms: a word in many claims finds nothing specific and makes the
    index return (and rank) thousands of rows. The rarest few are kept in any case."""
    ranked = sorted(set(analyse(text).terms), key=lambda t: (-stats.idf_of(t), t))
    limit = max(MIN_DF, stats.n * MAX_DF_SHARE)
    rare = [t for t in ranked if stats.df.get(t, 0) <= limit]
    return (rare if len(rare) >= MIN_TERMS else ranked[:MIN_TERMS])[:SEARCH_TERMS]


def _surface_words(text: str, terms: list[str]) -> list[str]:
    """The words behind our stems: PostgreSQL stems them its own way in ``to_tsquery``."""
    wanted = set(terms)
    found = {w for w in tx.words(analyse(text).text) if tx.stem(w) in wanted}
    return sorted("".join(ch for ch in w if ch.isalnum()) for w in found)


def candidate_ids(claim: Claim, stats: ArchiveStats, size: int = POOL) -> list[int]:
    """Ids of claims from other articles sharing the claim's rarer words, best first."""
    terms = _search_terms(claim.text, stats)
    if not terms:
        return []
    if connection.vendor == "postgresql":
        return _postgres_candidates(claim, terms, size)
    return _memory_candidates(claim, terms, stats, size)


# the stored tsvector of migration 0008 and its GIN index serve both the match and the rank
POSTGRES_CANDIDATES = """
    SELECT id FROM verify_claim, to_tsquery('english', %s) AS q
    WHERE search_vector @@ q AND article_id <> %s AND status <> 'dismissed'
    ORDER BY ts_rank(search_vector, q) DESC, id
    LIMIT %s
"""


def _postgres_candidates(claim: Claim, terms: list[str], size: int) -> list[int]:
    tsquery = " | ".join(w for w in _surface_words(claim.text, terms) if w)
    if not tsquery:
        return []
    with connection.cursor() as cursor:
        cursor.execute(POSTGRES_CANDIDATES, [tsquery, claim.article_id, size])
        return [row[0] for row in cursor.fetchall()]


def _memory_candidates(claim: Claim, terms: list[str], stats: ArchiveStats, size: int) -> list[int]:
    if stats.index is None:
        return []
    query = Counter({t: analyse(claim.text).counts[t] for t in terms})
    found = [stats.ids[i] for i, _ in stats.index.top(query, size * 2)]
    others = set(
        Claim.objects.filter(pk__in=found)
        .exclude(article_id=claim.article_id)
        .exclude(status=Claim.Status.DISMISSED)
        .values_list("pk", flat=True)
    )
    return [pk for pk in found if pk in others][:size]


# --- scoring and storing ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Scored:
    candidate: Claim
    score: float
    strong: bool
    conflicts: tuple[str, ...]


def claim_candidates_score(claim: Claim, *, stats: ArchiveStats | None = None) -> list[Scored]:
    """The best matches of ``claim``, published candidates first, then by score."""
    stats = stats or archive_stats()
    ids = candidate_ids(claim, stats)
    by_id = (
        Claim.objects.select_related("article", "source")
        .defer("article__body")  # articles are long; a candidate's own text is enough
        .prefetch_related("evidence")
    )
    found = by_id.in_bulk(ids)
    pool = [found[pk] for pk in dict.fromkeys(ids) if pk in found]  # first-stage order
    return _rerank(claim, pool, stats)[:KEEP]


def _rerank(claim: Claim, pool: list[Claim], stats: ArchiveStats) -> list[Scored]:
    records = [_record_for(c) for c in pool]
    matches = rerank(_query_for(claim), records, stats, default_model())
    scored = [
        Scored(cand, m.score, m.strong, m.conflicts) for cand, m in zip(pool, matches, strict=True)
    ]
    scored.sort(key=lambda s: (-s.score, s.candidate.pk))
    best = scored[:KEEP]
    best.sort(key=lambda s: (PUBLISHED_FIRST.get(s.candidate.status, 2), -s.score))
    return best


@transaction.atomic
def claim_matches_refresh(*, claim: Claim, stats: ArchiveStats | None = None) -> list[ClaimMatch]:
    """Store the claim's current best candidates as suggestions; decided matches are kept."""
    scored = claim_candidates_score(claim, stats=stats)
    decided = set(
        claim.matches.exclude(state=ClaimMatch.State.SUGGESTED).values_list("candidate", flat=True)
    )
    claim.matches.filter(state=ClaimMatch.State.SUGGESTED).delete()
    fresh = [
        ClaimMatch(
            claim=claim,
            candidate=s.candidate,
            score=min(1.0, max(0.0, s.score)),
            strong=s.strong,
            conflicts=list(s.conflicts),
        )
        for s in scored
        if s.candidate.pk not in decided
    ]
    return ClaimMatch.objects.bulk_create(fresh)


def article_matches_refresh(*, article: Article) -> int:
    """Match every item of a newly ingested article against the archive; returns matches kept."""
    stats = archive_stats()
    claims = article.claims.select_related("article", "source")
    return sum(len(claim_matches_refresh(claim=c, stats=stats)) for c in claims)


# --- decisions -------------------------------------------------------------------------------


def _match(pk: int, claim_pk: int) -> ClaimMatch:
    try:
        return ClaimMatch.objects.select_related("candidate__verdict").get(pk=pk, claim_id=claim_pk)
    except ClaimMatch.DoesNotExist:
        raise ReviewRefused("This match no longer exists.") from None


def _decide(match: ClaimMatch, user: Any, state: str) -> None:
    match.state = state
    match.decided_by = user
    match.decided_at = timezone.now()
    match.save(update_fields=["state", "decided_by", "decided_at"])


@transaction.atomic
def claim_match_link(*, user: Any, pk: int, match_id: int, version: int | None = None) -> Claim:
    """Link the item to a published claim it repeats: it takes that verdict, and its evidence
    by reference (the item's page and the API show the linked claim's evidence)."""
    claim = _editable(user, pk, version)
    match = _match(match_id, pk)
    checked = match.candidate
    if checked.status != Claim.Status.PUBLISHED or checked.verdict is None:
        raise ReviewRefused("Only a published claim can be linked: this one is not checked yet.")
    changes = {"linked_to_id": checked.pk, "verdict": checked.verdict}
    note = f"Same claim as #{checked.pk}, published as {checked.verdict}."
    _save(claim, actor=user, action=ClaimEvent.Action.LINKED, changes=changes, note=note)
    _decide(match, user, ClaimMatch.State.LINKED)
    return claim


@transaction.atomic
def claim_match_dismiss(*, user: Any, pk: int, match_id: int) -> ClaimMatch:
    _editable(user, pk, None)
    match = _match(match_id, pk)
    _decide(match, user, ClaimMatch.State.DISMISSED)
    return match
