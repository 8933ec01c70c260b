"""Run claim matching over the CheckThat! train/dev queries and write system runs for the scorer.

Reads only the converted data under /work/data/matching (see ``convert_checkthat.py``); fetches
nothing. Each run is a JSONL file of ``{"id", "ranking": [corpus indices, best first]}`` rows:

    python -m bench.eval_matching --split dev
    python /work/shared/tools/claims/score_claims.py \\
        /work/data/matching/clef2021-2b/queries.jsonl \\
        /work/data/matching/runs/clef2021-2b.dev.rerank.jsonl --split dev

Methods: ``bm25`` (the first stage alone: claim text + title, query text only) and ``rerank``
(the shipped re-ranker over the first stage's pool). ``--text-only`` drops the query's context,
speaker and date, to show what the metadata adds.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from bench.matching_data import DATA, DATASETS, GoldQuery, load_queries, load_records
from verify.matching.features import analyse
from verify.matching.matcher import Matcher

DEPTH = 10


def run(matcher: Matcher, queries: list[GoldQuery], method: str) -> list[dict[str, object]]:
    position = {rec.id: i for i, rec in enumerate(matcher.records)}
    rows: list[dict[str, object]] = []
    for gq in queries:
        if method == "bm25":
            ranking = [i for i, _ in matcher.index.top(analyse(gq.query.text).counts, DEPTH)]
        else:
            ranking = [position[m.id] for m in matcher.match(gq.query, k=DEPTH)]
        rows.append({"id": gq.id, "ranking": ranking})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dataset", choices=DATASETS, action="append")
    ap.add_argument("--split", choices=("train", "dev"), default="dev")
    ap.add_argument("--method", choices=("bm25", "rerank"), action="append")
    ap.add_argument("--text-only", action="store_true")
    ap.add_argument("--out", type=Path, default=DATA / "runs")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.dataset or DATASETS:
        matcher = Matcher(load_records(name))
        queries = [
            q for q in load_queries(name, metadata=not args.text_only) if q.split == args.split
        ]
        for method in args.method or ("bm25", "rerank"):
            start = time.perf_counter()
            rows = run(matcher, queries, method)
            ms = 1000 * (time.perf_counter() - start) / max(1, len(rows))
            suffix = ".text-only" if args.text_only and method != "bm25" else ""
            path = args.out / f"{name}.{args.split}.{method}{suffix}.jsonl"
            path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
            print(f"{path}: {len(rows)} queries, {ms:.1f} ms per query")


if __name__ == "__main__":
    main()
