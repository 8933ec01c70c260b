"""Rebuild the speech model (``verify/extraction/models/speech.json``) from PolNeAR train.

    python bench/train_speech.py [--data /work/data/polnear.jsonl]

Every span the quote stage pairs between double marks in a PolNeAR train
article is an example (the converter gives gold quotes between double marks
only, so single-quoted spans have no label): it is speech when it covers at
least half of a gold quote (the lenient match of
``score_quotes.py``), and its features are those ``speech_features.speech_features``
gives the extractor at run time. The regularisation strength C is chosen by
5-fold cross-validation over train articles, and so is the decision threshold
(the best quote F1 over the pooled out-of-fold probabilities, counting the gold
quotes no span covers as misses); dev is only reported. Only the train split
is read for fitting. The converted JSONL comes from
``../shared/tools/quotes/polnear_to_jsonl.py`` (README, "How good is the
extractor"); it is never committed. scikit-learn is needed here only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench.train_checkworthiness import best_f1
from verify.extraction.quotes import pair_quote_marks
from verify.extraction.speech import MODEL_PATH, SpeechModel
from verify.extraction.speech_features import speech_features
from verify.extraction.tags import find_tags

C_GRID = (0.1, 0.3, 1.0, 3.0, 10.0)
FOLDS = 5
MIN_COUNT = 3


def examples(path: Path, split: str) -> tuple[list[list[str]], list[int], list[int], int]:
    """Features, labels and article numbers of the spans of one split, and the
    number of gold quotes no span covers (misses whatever the model says)."""
    rows: list[list[str]] = []
    labels: list[int] = []
    groups: list[int] = []
    uncovered = 0
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            article = json.loads(line)
            if article["meta"]["split"] != split:
                continue
            text = article["text"]
            spans = pair_quote_marks(text)
            golds = [(q["start"], q["end"]) for q in article["quotes"]]
            covered: set[int] = set()
            for span, features in zip(
                spans, speech_features(text, spans, find_tags(text, spans)), strict=True
            ):
                hit = _covered(golds, span.start, span.end)
                if features is None or _single_marks(text, span.mark_start):
                    continue
                rows.append(features)
                labels.append(int(hit is not None))
                groups.append(number)
                if hit is not None:
                    covered.add(hit)
            uncovered += len(golds) - len(covered)
    return rows, labels, groups, uncovered


def _single_marks(text: str, mark_start: int) -> bool:
    """PolNeAR's converter gives gold quotes between double marks only, so a
    span between single marks has no label to learn from."""
    return text[mark_start] in "\u2018'" and text[mark_start : mark_start + 2] != "''"


def _covered(golds: list[tuple[int, int]], start: int, end: int) -> int | None:
    for number, (gold_start, gold_end) in enumerate(golds):
        overlap = min(end, gold_end) - max(start, gold_start)
        if overlap > 0 and overlap >= 0.5 * max(gold_end - gold_start, 1):
            return number
    return None


def fit(
    rows: list[list[str]], labels: np.ndarray, c: float
) -> tuple[DictVectorizer, LogisticRegression]:
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([dict.fromkeys(r, 1) for r in rows])
    model = LogisticRegression(C=c, max_iter=5000, solver="liblinear").fit(x, labels)
    return vectorizer, model


def out_of_fold(
    rows: list[list[str]], labels: np.ndarray, groups: np.ndarray, c: float
) -> np.ndarray:
    probabilities = np.zeros(len(rows))
    for fold in range(FOLDS):
        test = groups % FOLDS == fold
        vectorizer, model = fit(
            [r for r, t in zip(rows, test, strict=True) if not t], labels[~test], c
        )
        x = vectorizer.transform(
            [dict.fromkeys(r, 1) for r, t in zip(rows, test, strict=True) if t]
        )
        probabilities[test] = model.predict_proba(x)[:, 1]
    return probabilities


def frequent(rows: list[list[str]]) -> list[list[str]]:
    """Rows without the features seen fewer than MIN_COUNT times in train."""
    counts: dict[str, int] = {}
    for row in rows:
        for feature in set(row):
            counts[feature] = counts.get(feature, 0) + 1
    return [[f for f in row if counts[f] >= MIN_COUNT] for row in rows]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("/work/data/polnear.jsonl"))
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    rows, labels, groups, uncovered = examples(args.data, "train")
    rows = frequent(rows)
    y, g = np.array(labels), np.array(groups)
    print(f"train: {len(rows)} spans, {int(y.sum())} speech, {uncovered} gold quotes uncovered")
    results = []
    for c in C_GRID:
        f1, threshold = best_f1(out_of_fold(rows, y, g, c), y, uncovered)
        print(f"C={c}: cross-validated quote F1 {f1:.4f} at threshold {threshold:.3f}")
        results.append((f1, -c, c, threshold))
    _, _, c, threshold = max(results)
    vectorizer, model = fit(rows, y, c)
    names = vectorizer.get_feature_names_out()
    weights = {str(n): round(float(w), 4) for n, w in zip(names, model.coef_[0], strict=True)}
    speech = SpeechModel(
        bias=round(float(model.intercept_[0]), 4),
        weights={n: w for n, w in weights.items() if w != 0.0},
        threshold=round(threshold, 4),
    )
    dev_rows, dev_labels, _, dev_uncovered = examples(args.data, "dev")
    kept = [speech.is_speech(r) for r in dev_rows]
    tp = sum(k and bool(y_) for k, y_ in zip(kept, dev_labels, strict=True))
    gold = sum(dev_labels) + dev_uncovered
    print(
        f"chose C={c}, threshold {threshold:.3f}; dev (spans only, before the one-to-one "
        f"match): precision {tp / max(sum(kept), 1):.4f} recall {tp / gold:.4f}"
    )
    args.out.write_text(
        json.dumps(speech.to_json(), indent=0, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes, {len(speech.weights)} weights)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
