"""In-memory claim matcher: BM25 first stage, then the re-ranker over the pool."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from verify.matching.features import BODY_CHARS, TermStats, analyse, conflicts, pool_features
from verify.matching.rerank import LinearModel, default_model, final_score, is_strong
from verify.matching.retrieval import BM25Index
from verify.matching.types import Match, Query, Record

POOL = 100
CONTEXT_POOL = 50


@dataclass(frozen=True, slots=True)
class CorpusStats:
    index: BM25Index
    avg_body_len: float

    def idf_of(self, term: str) -> float:
        return self.index.idf_of(term)

    @property
    def avg_len(self) -> float:
        return self.index.avg_len


def _avg_body_len(records: Sequence[Record], sample: int = 500) -> float:
    """Mean term count of the bodies, from an even sample: analysing every body is slow."""
    bodies = [r.body for r in records if r.body]
    picked = bodies[:: max(1, len(bodies) // sample)]
    lengths = [len(analyse(b[:BODY_CHARS]).terms) for b in picked]
    return sum(lengths) / len(lengths) if lengths else 0.0


class Matcher:
    """Holds the archive in memory; for tests, benchmarks and small archives (SQLite)."""

    def __init__(self, records: Sequence[Record], model: LinearModel | None = None) -> None:
        self.records = list(records)
        self.index = BM25Index(analyse(r.text + " " + r.title).counts for r in self.records)
        self.stats = CorpusStats(self.index, _avg_body_len(self.records))
        self.model = model

    def pool(self, query: Query, size: int = POOL) -> list[int]:
        """Candidate indices: the query's BM25 top, then what its context adds."""
        found = [i for i, _ in self.index.top(analyse(query.text).counts, size)]
        if query.context:
            ctx = analyse(query.text + " " + query.context).counts
            seen = set(found)
            found += [i for i, _ in self.index.top(ctx, CONTEXT_POOL) if i not in seen]
        return found

    def match(self, query: Query, k: int = 5, pool: int = POOL) -> list[Match]:
        cands = [self.records[i] for i in self.pool(query, pool)]
        matches = rerank(query, cands, self.stats, self.model or default_model())
        matches.sort(key=lambda m: -m.score)
        return matches[:k]


def rerank(
    query: Query, pool: Sequence[Record], stats: TermStats, model: LinearModel
) -> list[Match]:
    """Each candidate of the pool scored against the query by the re-ranker, in pool order."""
    rows = pool_features(query, list(pool), stats)
    qa = analyse(query.text)
    matches = []
    for rec, feats in zip(pool, rows, strict=True):
        conf = conflicts(qa, analyse(rec.text))
        score = final_score(model, feats, len(conf))
        strong = is_strong(model, score, feats, len(conf))
        matches.append(Match(rec.id, score, strong, conf, feats))
    return matches
