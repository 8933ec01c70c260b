"""Load the converted CheckThat! data sets (see ``convert_checkthat.py``) as matching records."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from verify.matching.types import Query, Record

DATA = Path("/work/data/matching")
DATASETS = ("clef2021-2b", "clef2020-t2")


@dataclass(frozen=True, slots=True)
class GoldQuery:
    id: str
    split: str
    query: Query
    gold: frozenset[int]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def load_records(name: str, data: Path = DATA, body: bool = True) -> list[Record]:
    return [
        Record(
            id=str(r["id"]),
            text=r["text"],
            title=r.get("title", ""),
            body=r.get("body", "") if body else "",
            speaker=r.get("speaker", ""),
            date=_date(r.get("date")),
        )
        for r in read_jsonl(data / name / "corpus.jsonl")
    ]


def load_queries(name: str, data: Path = DATA, metadata: bool = True) -> list[GoldQuery]:
    """Train and dev queries; ``metadata=False`` keeps only the query text."""
    out = []
    for r in read_jsonl(data / name / "queries.jsonl"):
        q = Query(text=r["query"])
        if metadata:
            q = Query(r["query"], r.get("context", ""), r.get("speaker", ""), _date(r.get("date")))
        out.append(GoldQuery(str(r["id"]), r["split"], q, frozenset(r["gold"])))
    return out


def average_precision_at(ranking: list[int], gold: frozenset[int], k: int = 5) -> float:
    """MAP@k as the CheckThat! scorer computes it (for tuning; the reported figures come from
    ``shared/tools/claims/score_claims.py``)."""
    hits, total = 0, 0.0
    for i, c in enumerate(ranking[:k], 1):
        if c in gold:
            hits += 1
            total += hits / i
    return total / len(gold) if gold else 0.0
