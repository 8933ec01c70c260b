"""Rebuild the shipped check-worthiness model from the public CheckThat! data.

    python bench/train_checkworthiness.py [--data /work/data/checkworthiness]

Trains a logistic regression over ``verify.extraction.checkworthiness.features`` on
the CT24 English train split (plus, with ``--with-ct1920``, the CT19/CT20
transcripts that are not held apart), picks the regularisation strength on the CT24
dev split (F1 of the positive class) and shifts the bias so that the threshold that
is best on CT24 dev lands on 0.5. The test splits are never read. Training-only
dependencies (scikit-learn, numpy, scipy) are in requirements-bench.txt.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from checkworthiness_data import DEFAULT_DATA, Sentence, read_ct24, read_ct1920

from verify.extraction.checkworthiness import MODEL_PATH, Model, features

MIN_COUNT = 2
C_GRID = (0.05, 0.1, 0.2, 0.5, 1.0)


def vocabulary(rows: Sequence[Sentence]) -> dict[str, int]:
    counts = Counter(f for r in rows for f in set(features(r.text)))
    kept = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    return {f: i for i, f in enumerate(kept)}


def matrix(rows: Sequence[Sentence], vocab: dict[str, int]) -> csr_matrix:
    indptr, indices = [0], []
    for r in rows:
        indices.extend(sorted({vocab[f] for f in features(r.text) if f in vocab}))
        indptr.append(len(indices))
    data: Any = np.ones(len(indices), dtype=np.float64)
    return csr_matrix((data, indices, indptr), shape=(len(rows), len(vocab)))


def best_f1(scores: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """The best F1 of the positive class over thresholds, and that threshold."""
    order = np.argsort(-scores)
    tp: Any = np.cumsum(labels[order])
    predicted = np.arange(1, len(order) + 1)
    f1 = 2 * tp / (predicted + labels.sum())
    i = int(np.argmax(f1))
    return float(f1[i]), float(scores[order][i])


def fit(x: csr_matrix, y: np.ndarray, c: float) -> LogisticRegression:
    return LogisticRegression(C=c, max_iter=2000, solver="liblinear").fit(x, y)


def to_model(clf: LogisticRegression, vocab: dict[str, int], threshold: float) -> Model:
    # moving the dev-best threshold to 0.5 is a bias shift in logit space
    shift = -math.log(threshold / (1 - threshold))
    weights = {f: round(float(clf.coef_[0][i]), 4) for f, i in vocab.items()}
    weights = {f: w for f, w in weights.items() if w != 0.0}
    return Model(bias=round(float(clf.intercept_[0]) + shift, 4), weights=weights)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--with-ct1920", action="store_true")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    train = read_ct24(args.data, "train")
    if args.with_ct1920:
        train += read_ct1920(args.data, held_apart=False)
    dev = read_ct24(args.data, "dev")
    vocab = vocabulary(train)
    x, y = matrix(train, vocab), np.array([r.label for r in train])
    xd, yd = matrix(dev, vocab), np.array([r.label for r in dev])
    print(f"train {len(train)} sentences, {len(vocab)} features; dev {len(dev)}")
    results = []
    for c in C_GRID:
        clf = fit(x, y, c)
        f1, threshold = best_f1(clf.predict_proba(xd)[:, 1], yd)
        print(f"C={c}: CT24 dev best F1 {f1:.4f} at threshold {threshold:.3f}")
        results.append((f1, c, threshold, clf))
    f1, c, threshold, clf = max(results, key=lambda r: r[0])
    model = to_model(clf, vocab, threshold)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as stream:
        json.dump(model.to_json(), stream, separators=(",", ":"), sort_keys=True)
    print(f"chose C={c}; wrote {args.out} ({args.out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
