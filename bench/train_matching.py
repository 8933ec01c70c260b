"""Rebuild ``verify/matching/weights.json``: train the re-ranker on the CheckThat! train queries.

Logistic regression (Newton's method, L2) over the features of each train query's candidate pool,
pooled over both data sets so that one model serves debate sentences and tweets alike. The L2
strength and the strong-match threshold are chosen on the dev queries; test queries are never
seen.

    python -m bench.train_matching [--out verify/matching/weights.json]
"""

from __future__ import annotations

import argparse
import pickle
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bench.matching_data import (
    DATASETS,
    GoldQuery,
    average_precision_at,
    load_queries,
    load_records,
)
from verify.matching.features import FEATURES, analyse, conflicts, pool_features
from verify.matching.matcher import Matcher
from verify.matching.rerank import WEIGHTS_PATH, LinearModel, final_score

L2_GRID = (0.1, 1.0, 10.0)
# a strong match must be right this often on dev (top-1 precision among strong matches)
STRONG_PRECISION = 0.9


@dataclass(frozen=True, slots=True)
class Pool:
    dataset: str
    split: str
    gold: frozenset[int]
    candidates: list[int]
    rows: list[dict[str, float]]
    n_conflicts: list[int]


def build_pools(name: str, metadata: bool = True) -> list[Pool]:
    matcher = Matcher(load_records(name))
    pools = []
    for gq in load_queries(name, metadata=metadata):
        pools.append(pool_for(matcher, gq, name))
    return pools


def pool_for(matcher: Matcher, gq: GoldQuery, name: str) -> Pool:
    idx = matcher.pool(gq.query)
    recs = [matcher.records[i] for i in idx]
    rows = pool_features(gq.query, recs, matcher.stats)
    qa = analyse(gq.query.text)
    n_conf = [len(conflicts(qa, analyse(r.text))) for r in recs]
    return Pool(name, gq.split, gq.gold, idx, rows, n_conf)


def design(pools: list[Pool]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows, labels and sample weights: each data set weighs the same, whatever its size."""
    per_set = Counter(p.dataset for p in pools)
    xs = [[1.0] + [row[f] for f in FEATURES] for p in pools for row in p.rows]
    ys = [float(c in p.gold) for p in pools for c in p.candidates]
    ws = [1.0 / per_set[p.dataset] for p in pools for _ in p.rows]
    weights = np.asarray(ws)
    return np.asarray(xs), np.asarray(ys), weights / weights.mean()


def fit(pools: list[Pool], l2: float, iterations: int = 50) -> LinearModel:
    """Newton-Raphson for weighted, L2-regularised logistic regression (bias not penalised)."""
    x, y, sw = design(pools)
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    w = np.zeros(x.shape[1])
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (sw * (p - y)) + penalty * w
        hess = (x * (sw * p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    weights = {f: float(v) for f, v in zip(FEATURES, w[1:], strict=True)}
    return LinearModel(weights=weights, bias=float(w[0]))


def ranked(model: LinearModel, pool: Pool) -> list[tuple[float, int]]:
    scored = [
        (final_score(model, row, nc), cand)
        for cand, row, nc in zip(pool.candidates, pool.rows, pool.n_conflicts, strict=True)
    ]
    return sorted(scored, key=lambda sc: -sc[0])


def map5(model: LinearModel, pools: list[Pool]) -> float:
    if not pools:
        return 0.0
    total = sum(average_precision_at([c for _, c in ranked(model, p)], p.gold) for p in pools)
    return total / len(pools)


def strong_threshold(model: LinearModel, pools: list[Pool]) -> float:
    """Lowest score at which the top match is right at least STRONG_PRECISION of the time."""
    tops = sorted(((ranked(model, p)[0], p.gold) for p in pools if p.candidates), reverse=True)
    best, hits = 0.99, 0
    for n, ((score, cand), gold) in enumerate(tops, 1):
        hits += cand in gold
        if hits / n >= STRONG_PRECISION:
            best = score
    return round(best, 3)


def load_pools(cache: Path | None) -> list[Pool]:
    if cache and cache.exists():
        with cache.open("rb") as f:
            pools: list[Pool] = pickle.load(f)  # noqa: S301 (our own cache file)
        return pools
    t0 = time.perf_counter()
    pools = [p for name in DATASETS for p in build_pools(name)]
    print(f"features for {len(pools)} queries in {time.perf_counter() - t0:.0f} s", flush=True)
    if cache:
        with cache.open("wb") as f:
            pickle.dump(pools, f)
    return pools


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    ap.add_argument("--cache", type=Path, help="keep the computed features here between runs")
    args = ap.parse_args()
    pools = load_pools(args.cache)
    train = [p for p in pools if p.split == "train"]
    dev = {name: [p for p in pools if p.split == "dev" and p.dataset == name] for name in DATASETS}
    best: tuple[float, LinearModel] | None = None
    for l2 in L2_GRID:
        model = fit(train, l2)
        scores = {name: map5(model, d) for name, d in dev.items()}
        mean = sum(scores.values()) / len(scores)
        print(f"l2={l2:<5} dev MAP@5 " + " ".join(f"{k}={v:.4f}" for k, v in scores.items()))
        if best is None or mean > best[0]:
            best = (mean, model)
    assert best is not None
    model = best[1]
    strong = strong_threshold(model, [p for d in dev.values() for p in d])
    model = LinearModel(weights=model.weights, bias=model.bias, strong=strong)
    args.out.write_text(model.to_json(), encoding="utf-8")
    print(f"wrote {args.out} (strong match at score >= {strong})")


if __name__ == "__main__":
    main()
