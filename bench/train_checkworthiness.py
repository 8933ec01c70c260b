"""Rebuild the shipped check-worthiness model from the public CheckThat! data.

    python bench/train_checkworthiness.py [--data /work/data/checkworthiness]

First a second opinion: the CT19/CT20 transcripts that are not held apart, where a
sentence is positive when fact-checkers chose to check it (a different and sparser
label than CT24's, on speeches and interviews besides debates). A logistic
regression over ``verify.extraction.checkworthiness.features`` learns it, its
strength picked by cross-validation over whole events; sentences that also occur
in CT24 dev are left out of it, so dev stays unseen.

Then a logistic regression is trained on the CT24 English train split over the same
features plus one more, the CT19/CT20 model's score, so that CT24 train decides how
much that opinion counts. Its regularisation strength is the one with the best
average precision over 5-fold cross-validation on CT24 train (a ranking measure:
the folds' best F1 moves by less than its own noise between strengths). The CT19/CT20
score is itself linear in the features, so the model folds into one weight per
feature and scoring costs no more than one model. CT24 dev serves for one choice
only: the bias is shifted so that the threshold that is best on CT24 dev lands on
0.5. The script also prints the untuned figure: CT24 dev F1 at the threshold that
was best over the cross-validation folds instead. The test splits are never read.
Training-only dependencies (scikit-learn, numpy, scipy) are in requirements-bench.txt.
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
from scipy.sparse import csr_matrix, hstack
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score
from sklearn.model_selection import GroupKFold, StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from checkworthiness_data import DEFAULT_DATA, Sentence, read_ct24, read_ct1920

from verify.extraction.checkworthiness import MODEL_PATH, Model, features, words

MIN_COUNT = 2
C_GRID = (0.05, 0.1, 0.2, 0.5, 1.0)
SIDE_C_GRID = (0.05, 0.1, 0.2, 0.5)
CV_FOLDS = 5
EVENT_FOLDS = 4


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


def best_f1(scores: np.ndarray, labels: np.ndarray, missed: int = 0) -> tuple[float, float]:
    """The best F1 of the positive class over thresholds, and a threshold that
    gives it: halfway between the last score taken and the next one.
    ``missed`` positives have no score at all (no threshold finds them)."""
    order = np.argsort(-scores, kind="stable")
    ranked = scores[order]
    tp: Any = np.cumsum(labels[order])
    f1 = 2 * tp / (np.arange(1, len(order) + 1) + labels.sum() + missed)
    i = int(np.argmax(f1))
    below = ranked[i + 1] if i + 1 < len(ranked) else ranked[i] - 1.0
    return float(f1[i]), float((ranked[i] + below) / 2)


def logistic(c: float) -> LogisticRegression:
    # liblinear shuffles: a fixed seed keeps reruns byte-identical
    return LogisticRegression(C=c, max_iter=2000, solver="liblinear", random_state=0)


def fit(x: csr_matrix, y: np.ndarray, c: float, name: str) -> Linear:
    clf = logistic(c).fit(x, y)
    return Linear(name, clf.coef_[0], float(clf.intercept_[0]))


def mean_average_precision(scores: np.ndarray, labels: np.ndarray, events: np.ndarray) -> float:
    """Average precision per event (an event without positives counts 0), averaged."""
    found = []
    for event in np.unique(events):
        ranked: Any = labels[events == event][np.argsort(-scores[events == event], kind="stable")]
        precision_at_hits = (np.cumsum(ranked) / np.arange(1, len(ranked) + 1))[ranked == 1]
        found.append(float(precision_at_hits.sum()) / max(int(ranked.sum()), 1))
    return float(np.mean(found))


def fit_side(rows: Sequence[Sentence], vocab: dict[str, int]) -> Linear:
    """LR on the CT19/CT20 labels, its strength the best for mean average
    precision over events left out of training (whole events per fold)."""
    x, y = matrix(rows, vocab), np.array([r.label for r in rows])
    events = np.array([r.doc for r in rows])
    results = []
    for c in SIDE_C_GRID:
        scores = np.zeros(len(rows))
        for train, test in GroupKFold(EVENT_FOLDS).split(x, y, events):
            scores[test] = logistic(c).fit(x[train], y[train]).decision_function(x[test])
        found = mean_average_precision(scores, y, events)
        print(f"CT19/CT20 LR C={c}: MAP over left-out events {found:.4f}")
        results.append((found, -c, c))
    _, _, c = max(results)
    return fit(x, y, c, f"CT19/CT20 LR C={c}")


def with_side(x: csr_matrix, side: Linear, spread: float) -> csr_matrix:
    """The feature matrix with one more column: the CT19/CT20 model's score in
    units of its spread on CT24 train."""
    column = csr_matrix(side.scores(x).reshape(-1, 1) / spread)
    stacked: csr_matrix = hstack([x, column], format="csr")
    return stacked


def fold(model: Linear, side: Linear, spread: float) -> Linear:
    """A model over ``with_side`` columns as one over the features alone: the
    CT19/CT20 score is linear in them, so its weight spreads over theirs."""
    share = float(model.weights[-1]) / spread
    return Linear(
        f"{model.name}, CT19/CT20 score weight {share * spread:.3f}",
        model.weights[:-1] + share * side.weights,
        model.bias + share * side.bias,
    )


def choose_c(x: csr_matrix, y: np.ndarray) -> tuple[float, float]:
    """The strength with the best average precision over cross-validation folds
    of CT24 train (the smaller one on a tie), and the threshold that is best
    for F1 over those folds' scores."""
    folds = StratifiedKFold(CV_FOLDS, shuffle=True, random_state=0)
    results = []
    for c in C_GRID:
        scores = np.zeros(len(y))
        for train, test in folds.split(x, y):
            scores[test] = logistic(c).fit(x[train], y[train]).decision_function(x[test])
        ap = float(average_precision_score(y, scores))
        f1, threshold = best_f1(scores, y)
        print(f"LR C={c}: CT24 train {CV_FOLDS}-fold AP {ap:.4f}, best F1 {f1:.4f}")
        results.append((ap, -c, c, threshold))
    _, _, c, threshold = max(results)
    return c, threshold


def f1_at(scores: np.ndarray, labels: np.ndarray, threshold: float) -> str:
    predicted = scores > threshold
    hits = float((predicted & (labels == 1)).sum())
    precision, recall = hits / max(float(predicted.sum()), 1.0), hits / float(labels.sum())
    f1 = 2 * hits / float(predicted.sum() + labels.sum())
    return f"F1 {f1:.4f} (P {precision:.3f}, R {recall:.3f})"


def without_dev_texts(rows: Sequence[Sentence], dev: Sequence[Sentence]) -> list[Sentence]:
    seen = {" ".join(words(r.text)) for r in dev}
    return [r for r in rows if " ".join(words(r.text)) not in seen]


def to_model(model: Linear, vocab: dict[str, int], threshold: float) -> Model:
    # moving the dev-best threshold (a logit) to 0.5 is a bias shift
    weights = {f: round(float(model.weights[i]), 4) for f, i in vocab.items()}
    weights = {f: w for f, w in weights.items() if w != 0.0}
    return Model(bias=round(model.bias - threshold, 4), weights=weights)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    train = read_ct24(args.data, "train")
    dev = read_ct24(args.data, "dev")
    side_rows = without_dev_texts(read_ct1920(args.data, held_apart=False), dev)
    vocab = vocabulary(train)
    x, y = matrix(train, vocab), np.array([r.label for r in train])
    xd, yd = matrix(dev, vocab), np.array([r.label for r in dev])
    print(f"train {len(train)} sentences, {len(vocab)} features; dev {len(dev)}")
    side = fit_side(side_rows, vocab)
    spread = float(np.std(side.scores(x)))
    xs, xds = with_side(x, side, spread), with_side(xd, side, spread)
    c, cv_threshold = choose_c(xs, y)
    stacked = fit(xs, y, c, f"LR C={c}")
    untuned = f1_at(stacked.scores(xds), yd, cv_threshold)
    print(f"untuned: CT24 dev {untuned} at the folds' best threshold {cv_threshold:.3f}")
    chosen = fold(stacked, side, spread)
    _, threshold = best_f1(chosen.scores(xd), yd)
    tuned = f1_at(chosen.scores(xd), yd, threshold)
    model = to_model(chosen, vocab, threshold)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(model.to_json(), separators=(",", ":"), sort_keys=True)
    # no time stamp in the header: the same model gives the same bytes
    with gzip.GzipFile(args.out, "wb", compresslevel=9, mtime=0) as stream:
        stream.write(text.encode("utf-8"))
    size = args.out.stat().st_size
    print(f"chose {chosen.name} (CT24 dev {tuned}); wrote {args.out} ({size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
