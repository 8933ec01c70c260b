"""A light re-ranker: logistic regression over the pair features, weights in a small JSON file.

``bench/train_matching.py`` rebuilds ``weights.json`` from the CheckThat! train queries.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from verify.matching.features import FEATURES

WEIGHTS_PATH = Path(__file__).with_name("weights.json")
# A match whose texts disagree on numbers, negation or direction is demoted this much: it may be
# related, but it is not the claim the desk already checked.
CONFLICT_PENALTY = 0.5
# BM25 features are relative to the best candidate, so a lone, weak candidate can score high: a
# strong match must also share this much of the two texts' IDF mass (mean of both directions).
# Chosen on the dev queries: top-1 precision of strong matches 0.84 -> 0.87 (2021 2B) and
# 0.93 -> 0.98 (2020), for 2-4 points of their recall.
STRONG_OVERLAP = 0.3


@dataclass(frozen=True, slots=True)
class LinearModel:
    weights: dict[str, float]
    bias: float
    # the probability at or above which a match counts as strong (chosen on dev queries)
    strong: float = 0.5

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(w * features.get(k, 0.0) for k, w in self.weights.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> str:
        data = {"features": list(FEATURES), "weights": self.weights, "bias": self.bias}
        data["strong"] = self.strong
        return json.dumps(data, indent=2, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, raw: str) -> LinearModel:
        data = json.loads(raw)
        weights = {k: float(v) for k, v in data["weights"].items()}
        return cls(weights=weights, bias=float(data["bias"]), strong=float(data["strong"]))


@cache
def default_model() -> LinearModel:
    return LinearModel.from_json(WEIGHTS_PATH.read_text(encoding="utf-8"))


def final_score(model: LinearModel, features: dict[str, float], n_conflicts: int) -> float:
    p = model.probability(features)
    return p * CONFLICT_PENALTY if n_conflicts else p


def is_strong(
    model: LinearModel, score: float, features: dict[str, float], n_conflicts: int
) -> bool:
    """Strong enough to offer as "the same claim": the badge and filter in the queue."""
    overlap = (features.get("cover_query", 0.0) + features.get("cover_candidate", 0.0)) / 2
    return score >= model.strong and not n_conflicts and overlap >= STRONG_OVERLAP
