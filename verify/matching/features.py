"""Features of a (new claim, stored claim) pair for the re-ranker.

Scores that depend on the corpus (BM25) are divided by the best score in the candidate pool, so
that one set of weights serves archives of any size and vocabulary.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from verify.matching import text as tx
from verify.matching.types import Query, Record

FEATURES = (
    "bm25",
    "bm25_context",
    "bm25_body",
    "first_rank",
    "cover_query",
    "cover_candidate",
    "char3",
    "bigrams",
    "numbers_shared",
    "numbers_conflict",
    "negation_mismatch",
    "direction_mismatch",
    "speaker_match",
    "speaker_mismatch",
    "same_days",
)
K1 = 1.2
B = 0.75
# the lede of a long text (a fact-check's explanation, an evidence excerpt) says what it is about
BODY_CHARS = 3000
SAME_DAYS = 3


class TermStats(Protocol):
    """Corpus statistics: inverse document frequency and average document lengths."""

    def idf_of(self, term: str) -> float: ...

    @property
    def avg_len(self) -> float: ...

    @property
    def avg_body_len(self) -> float: ...


@dataclass(frozen=True, slots=True)
class Analysis:
    text: str  # after clean_social
    terms: tuple[str, ...]
    counts: Counter[str]
    numbers: frozenset[str]
    negated: bool
    directions: frozenset[str]


@lru_cache(maxsize=131072)
def analyse(text: str) -> Analysis:
    text = tx.clean_social(text)
    t = tuple(tx.terms(text))
    return Analysis(text, t, Counter(t), tx.numbers(text), tx.is_negated(text), tx.directions(text))


@lru_cache(maxsize=8192)
def _char3(text: str) -> Counter[str]:
    return tx.char_ngrams(text, 3)


def bm25(query: Counter[str], doc: Counter[str], stats: TermStats, avg_len: float) -> float:
    norm = K1 * (1 - B + B * sum(doc.values()) / avg_len) if avg_len else K1
    total = 0.0
    for term, qtf in query.items():
        tf = doc.get(term, 0)
        if tf:
            total += qtf * stats.idf_of(term) * tf * (K1 + 1) / (tf + norm)
    return total


def cosine(a: Counter[str], b: Counter[str]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(k, 0) for k, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def idf_cover(source: Counter[str], target: Counter[str], stats: TermStats) -> float:
    """Share of ``source``'s IDF mass whose terms also occur in ``target``."""
    total = sum(stats.idf_of(t) for t in source)
    hit = sum(stats.idf_of(t) for t in source if t in target)
    return hit / total if total else 0.0


def conflicts(query: Analysis, cand: Analysis) -> tuple[str, ...]:
    """Reasons two texts that share words may still say different things."""
    found = []
    if query.numbers and cand.numbers and not (query.numbers & cand.numbers):
        found.append("numbers differ")
    if query.negated != cand.negated:
        found.append("one is negated")
    if query.directions and cand.directions and not (query.directions & cand.directions):
        found.append("opposite direction")
    return tuple(found)


def pool_features(query: Query, pool: list[Record], stats: TermStats) -> list[dict[str, float]]:
    """Feature rows for the candidates of one query, in pool order (first-stage rank)."""
    qa = analyse(query.text)
    qctx = analyse(query.text + " " + query.context).counts if query.context else qa.counts
    rows = [_pair(qa, qctx, rec, rank, stats) for rank, rec in enumerate(pool)]
    for key in ("bm25", "bm25_context", "bm25_body"):
        top = max((r[key] for r in rows), default=0.0)
        for r in rows:
            r[key] = r[key] / top if top > 0 else 0.0
    # a record without a body is judged on its text and title alone, so a weight learnt on
    # fact-checks with long explanations still applies to claims without evidence
    for rec, r in zip(pool, rows, strict=True):
        if not rec.body:
            r["bm25_body"] = r["bm25"]
    for r, feats in zip(rows, _meta_rows(query, pool), strict=True):
        r.update(feats)
    return rows


def _meta_rows(query: Query, pool: list[Record]) -> list[dict[str, float]]:
    return [
        _speaker_features(query.speaker, rec.speaker) | _date_features(query, rec) for rec in pool
    ]


def _pair(
    qa: Analysis, qctx: Counter[str], rec: Record, rank: int, stats: TermStats
) -> dict[str, float]:
    ca = analyse(rec.text)
    full = analyse(rec.text + " " + rec.title).counts if rec.title else ca.counts
    conf = conflicts(qa, ca)
    return {
        "bm25": bm25(qa.counts, full, stats, stats.avg_len),
        "bm25_context": bm25(qctx, full, stats, stats.avg_len),
        "bm25_body": _body_score(qa.counts, rec, stats),
        "first_rank": 1.0 / (1.0 + rank),
        "cover_query": idf_cover(qa.counts, full, stats),
        "cover_candidate": idf_cover(ca.counts, qa.counts, stats),
        "char3": cosine(_char3(qa.text), _char3(ca.text)),
        "bigrams": _bigram_share(qa.terms, ca.terms),
        "numbers_shared": 1.0 if qa.numbers & ca.numbers else 0.0,
        "numbers_conflict": 1.0 if "numbers differ" in conf else 0.0,
        "negation_mismatch": 1.0 if "one is negated" in conf else 0.0,
        "direction_mismatch": 1.0 if "opposite direction" in conf else 0.0,
    }


def _body_score(query: Counter[str], rec: Record, stats: TermStats) -> float:
    if not rec.body:
        return 0.0
    return bm25(query, analyse(rec.body[:BODY_CHARS]).counts, stats, stats.avg_body_len)


def _bigram_share(query: tuple[str, ...], cand: tuple[str, ...]) -> float:
    qb = tx.bigrams(list(query))
    return len(qb & tx.bigrams(list(cand))) / len(qb) if qb else 0.0


_TITLES = tx.wordset("mr mrs ms dr sen senator rep president governor gov vice former the")


def _name_parts(name: str) -> set[str]:
    return {w for w in tx.words(name) if w not in _TITLES and len(w) > 1}


def _speaker_features(a: str, b: str) -> dict[str, float]:
    pa, pb = _name_parts(a), _name_parts(b)
    if not pa or not pb:
        return {"speaker_match": 0.0, "speaker_mismatch": 0.0}
    same = bool(pa & pb)
    return {"speaker_match": float(same), "speaker_mismatch": float(not same)}


def _date_features(query: Query, rec: Record) -> dict[str, float]:
    """Made within a few days of each other: often one statement reported twice. A distant date
    is no evidence against a match (repeated claims recur for years), so it scores 0."""
    if query.date is None or rec.date is None:
        return {"same_days": 0.0}
    return {"same_days": 1.0 if abs((query.date - rec.date).days) <= SAME_DAYS else 0.0}
