"""Okapi BM25 over an in-memory corpus, with an inverted index for first-stage retrieval."""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from verify.matching.text import term_counts

# the usual defaults; short claim texts gain little from tuning them
K1 = 1.2
B = 0.75


class BM25Index:
    """Documents are token bags; ``top`` walks only the postings of the query's terms."""

    def __init__(self, docs: Iterable[Counter[str]]) -> None:
        self.docs: list[Counter[str]] = list(docs)
        self.lengths = [sum(d.values()) for d in self.docs]
        n = len(self.docs)
        self.avg_len = (sum(self.lengths) / n) if n else 0.0
        self.postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for i, doc in enumerate(self.docs):
            for term, tf in doc.items():
                self.postings[term].append((i, tf))
        self.idf = {t: _idf(n, len(p)) for t, p in self.postings.items()}

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> BM25Index:
        return cls(term_counts(t) for t in texts)

    def __len__(self) -> int:
        return len(self.docs)

    def _norm(self, i: int) -> float:
        return K1 * (1 - B + B * self.lengths[i] / self.avg_len) if self.avg_len else K1

    def scores(self, query: Counter[str]) -> dict[int, float]:
        acc: dict[int, float] = defaultdict(float)
        for term, qtf in query.items():
            idf = self.idf.get(term)
            if idf is None:
                continue
            for i, tf in self.postings[term]:
                acc[i] += qtf * idf * tf * (K1 + 1) / (tf + self._norm(i))
        return acc

    def top(self, query: Counter[str], k: int) -> list[tuple[int, float]]:
        acc = self.scores(query)
        return heapq.nlargest(k, acc.items(), key=lambda item: (item[1], -item[0]))

    def score(self, query: Counter[str], i: int) -> float:
        """The BM25 score of one document, for re-ranking candidates found elsewhere."""
        doc = self.docs[i]
        total = 0.0
        for term, qtf in query.items():
            tf = doc.get(term, 0)
            if tf:
                total += qtf * self.idf[term] * tf * (K1 + 1) / (tf + self._norm(i))
        return total

    def idf_of(self, term: str) -> float:
        return self.idf.get(term, _idf(len(self.docs), 0))


def _idf(n: int, df: int) -> float:
    # the Lucene form, never negative for very common terms
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


def rank(scores: Sequence[float]) -> list[int]:
    return sorted(range(len(scores)), key=lambda i: (-scores[i], i))
