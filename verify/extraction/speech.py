"""Whether a quoted span is speech: a small learnt model over its surroundings.

Quote marks also enclose titles of works, names of campaigns and slogans,
scare quotes and headlines. The rules in ``speech_features`` give a first answer
(a cue verb, title case, a work's lead-in); this linear model weighs that answer
with the span's shape (length, capitals, first person, closing punctuation),
the words right before and after its marks, and its speech tag, and says
whether the span is a quote. The weights are learnt by
``bench/train_speech.py`` from PolNeAR's train split (quoted words inside the
contents its annotators attributed to a source) and shipped in
``models/speech.json``; nothing is downloaded at run time.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from pathlib import Path

from verify.extraction.checkworthiness import logistic

MODEL_PATH = Path(__file__).parent / "models" / "speech.json"


@dataclass(frozen=True, slots=True)
class SpeechModel:
    """Logistic regression over binary features, with its decision threshold."""

    bias: float
    weights: Mapping[str, float]
    threshold: float = 0.5

    def probability(self, features: Iterable[str]) -> float:
        return logistic(self.bias + sum(map(self.weights.get, set(features), repeat(0.0))))

    def is_speech(self, features: Iterable[str]) -> bool:
        return self.probability(features) >= self.threshold

    def to_json(self) -> dict[str, object]:
        return {
            "format": 1,
            "bias": self.bias,
            "threshold": self.threshold,
            "weights": dict(sorted(self.weights.items())),
        }


def model_from_json(data: Mapping[str, object]) -> SpeechModel:
    weights, bias, threshold = data["weights"], data["bias"], data["threshold"]
    if (
        not isinstance(weights, dict)
        or not isinstance(bias, int | float)
        or not isinstance(threshold, int | float)
    ):
        raise TypeError("not a speech model")
    return SpeechModel(
        bias=float(bias),
        weights={str(k): float(v) for k, v in weights.items()},
        threshold=float(threshold),
    )


@cache
def default_model() -> SpeechModel:
    with MODEL_PATH.open(encoding="utf-8") as stream:
        return model_from_json(json.load(stream))
