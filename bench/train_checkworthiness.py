"""Rebuild the shipped check-worthiness model from the public CheckThat! data.

    python bench/train_checkworthiness.py [--data /work/data/checkworthiness]

Trains two linear learners over ``verify.extraction.checkworthiness.features`` on
the CT24 English train split (plus, with ``--with-ct1920``, the CT19/CT20
transcripts that are not held apart): logistic regression on the feature counts,
and logistic regression on the counts scaled by their naive Bayes log-count ratios
(NB-LR). Each one's regularisation strength is picked on the CT24 dev split (F1 of
the positive class); their average, each scaled to unit spread on train, is kept
when it beats both on dev. Both are linear in the same features, so the average is
one weight per feature and scoring costs no more than one model. The bias is then
shifted so that the threshold that is best on CT24 dev lands on 0.5. The test
splits are never read. Training-only dependencies (scikit-learn, numpy, scipy) are
in requirements-bench.txt.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix, diags
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from checkworthiness_data import DEFAULT_DATA, Sentence, read_ct24, read_ct1920

from verify.extraction.checkworthiness import MODEL_PATH, Model, features

MIN_COUNT = 2
C_GRID = (0.05, 0.1, 0.2, 0.5, 1.0)


@dataclass(frozen=True, slots=True)
class Linear:
    """A linear scorer over the vocabulary: score = x . weights + bias."""

    name: str
    weights: np.ndarray
    bias: float

    def scores(self, x: csr_matrix) -> np.ndarray:
        result: np.ndarray = x @ self.weights + self.bias
        return result


def vocabulary(rows: Sequence[Sentence]) -> dict[str, int]:
    # kept: features of at least MIN_COUNT training sentences
    counts = Counter(f for r in rows for f in set(features(r.text)))
    kept = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    return {f: i for i, f in enumerate(kept)}


def matrix(rows: Sequence[Sentence], vocab: dict[str, int]) -> csr_matrix:
    # features() lists each feature once: every value is 1 (binary features)
    indptr, indices, values = [0], list[int](), list[float]()
    for r in rows:
        counts = sorted(Counter(vocab[f] for f in features(r.text) if f in vocab).items())
        indices.extend(i for i, _ in counts)
        values.extend(float(n) for _, n in counts)
        indptr.append(len(indices))
    data: Any = np.array(values, dtype=np.float64)
    return csr_matrix((data, indices, indptr), shape=(len(rows), len(vocab)))


def best_f1(scores: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """The best F1 of the positive class over thresholds, and a threshold that
    gives it: halfway between the last score taken and the next one."""
    order = np.argsort(-scores, kind="stable")
    ranked = scores[order]
    tp: Any = np.cumsum(labels[order])
    f1 = 2 * tp / (np.arange(1, len(order) + 1) + labels.sum())
    i = int(np.argmax(f1))
    below = ranked[i + 1] if i + 1 < len(ranked) else ranked[i] - 1.0
    return float(f1[i]), float((ranked[i] + below) / 2)


def log_count_ratios(x: csr_matrix, y: np.ndarray) -> np.ndarray:
    positive = np.asarray(x[y == 1].sum(axis=0)).ravel() + 1.0
    negative = np.asarray(x[y == 0].sum(axis=0)).ravel() + 1.0
    ratios: np.ndarray = np.log(positive / positive.sum()) - np.log(negative / negative.sum())
    return ratios


def fit(x: csr_matrix, y: np.ndarray, c: float, scale: np.ndarray | None, name: str) -> Linear:
    scaled = x if scale is None else x @ diags(scale)
    clf = LogisticRegression(C=c, max_iter=2000, solver="liblinear").fit(scaled, y)
    weights = clf.coef_[0] if scale is None else clf.coef_[0] * scale
    return Linear(name, weights, float(clf.intercept_[0]))


def tune(
    name: str, data: tuple[csr_matrix, np.ndarray, csr_matrix, np.ndarray], scale: np.ndarray | None
) -> tuple[float, Linear]:
    x, y, xd, yd = data
    results = []
    for c in C_GRID:
        model = fit(x, y, c, scale, f"{name} C={c}")
        f1, _ = best_f1(model.scores(xd), yd)
        print(f"{model.name}: CT24 dev best F1 {f1:.4f}")
        results.append((f1, c, model))
    f1, _, model = max(results, key=lambda r: (r[0], -r[1]))
    return f1, model


def average(models: Sequence[Linear], x: csr_matrix) -> Linear:
    # each model scaled to unit spread on train, the sum brought back to the
    # spread of the first so the scores stay on a familiar logit scale
    spreads = [float(np.std(m.scores(x))) for m in models]
    unit = spreads[0] / len(models)
    weights = sum(m.weights / s for m, s in zip(models, spreads, strict=True)) * unit
    bias = sum(m.bias / s for m, s in zip(models, spreads, strict=True)) * unit
    return Linear(" + ".join(m.name for m in models), np.asarray(weights), float(bias))


def to_model(model: Linear, vocab: dict[str, int], threshold: float) -> Model:
    # moving the dev-best threshold (a logit) to 0.5 is a bias shift
    weights = {f: round(float(model.weights[i]), 4) for f, i in vocab.items()}
    weights = {f: w for f, w in weights.items() if w != 0.0}
    return Model(bias=round(model.bias - threshold, 4), weights=weights)


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
    data = (x, y, xd, yd)
    candidates = [tune("LR", data, None), tune("NB-LR", data, log_count_ratios(x, y))]
    both = average([m for _, m in candidates], x)
    f1, _ = best_f1(both.scores(xd), yd)
    print(f"{both.name}: CT24 dev best F1 {f1:.4f}")
    f1, chosen = max([(f1, both), *candidates], key=lambda r: r[0])
    _, threshold = best_f1(chosen.scores(xd), yd)
    model = to_model(chosen, vocab, threshold)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(model.to_json(), separators=(",", ":"), sort_keys=True)
    # no time stamp in the header: the same model gives the same bytes
    with gzip.GzipFile(args.out, "wb", compresslevel=9, mtime=0) as stream:
        stream.write(text.encode("utf-8"))
    size = args.out.stat().st_size
    print(f"chose {chosen.name} (CT24 dev F1 {f1:.4f}); wrote {args.out} ({size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
