"""Check-worthiness: how much a sentence is worth fact-checking, in [0, 1].

A linear model over sparse binary features: word unigrams and bigrams plus
features that carry meaning whatever the words (numbers, names, cue verbs,
tense, hedges, modals, questions, first person, opinion words). The meaning
features are there so the model transfers beyond the debates it learnt from.
The weights are learnt by ``bench/train_checkworthiness.py`` from the public
CheckThat! data and shipped in ``models/checkworthiness.json.gz``; nothing is
downloaded at run time and scoring is a dictionary lookup per feature.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from itertools import pairwise, repeat
from pathlib import Path


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MODEL_PATH = Path(__file__).parent / "models" / "checkworthiness.json.gz"

# One pass, no nested quantifiers: linear in the length of the text.
_TOKEN = re.compile(r"\d+(?:[.,:]\d+)*%?|[A-Za-z]+(?:['\u2019][A-Za-z]+)?|[$\u20ac\u00a3%?]")

_NUMBER_WORDS = _words(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred hundreds thousand thousands million millions billion billions trillion trillions "
    "dozen dozens half double doubled tripled quarter percent first second third"
)
_MONEY = _words("$ \u20ac \u00a3 dollars dollar euros pounds budget tax taxes deficit debt")
_CUE_VERBS = _words(
    "said says say claimed claims claim stated states told tells announced announces alleged "
    "alleges accused accuses reported reports insisted insists denied denies warned warns "
    "argued argues confirmed confirms added noted wrote writes according admitted acknowledged "
    "suggested asserted declared revealed disclosed estimated testified described describes "
    "condemned condemns urged urges signaled signalled explained explains maintained "
    "maintains contended contends charged charges blamed blames cited cites quoted "
    "predicted predicts promised promises pledged vowed threatened recalled"
)
_IRREGULAR_PAST = _words(
    "was were had did said made went took gave got came won lost cut paid sold built grew fell "
    "rose spent left told brought bought thought knew saw began became ran met put set kept "
    "led held sent fought found shot struck hit stood wrote"
)
_HAVE = _words("has have had haven't hasn't")
_MODALS = _words("would could should might may must can")
_FUTURE = _words("will 'll won't gonna")
_FIRST_PERSON = _words("i me my mine we us our ours i'm we're i've we've i'll we'll")
_SECOND_PERSON = _words("you your yours you're you've")
_NEGATION = _words("not no never nothing none nobody don't doesn't didn't isn't")
_COMPARATIVE = _words("than more less fewer most least highest lowest largest biggest")
_HEDGES = _words(
    "reportedly allegedly apparently appears appear seems seem purportedly possibly "
    "probably likely perhaps maybe unconfirmed suspected"
)
# evaluative and speculative words: judgement rather than checkable fact
_OPINION = _words(
    "think thinks believe believes feel feels hope hopes hoped wish wishes guess suppose "
    "great wonderful terrible horrible beautiful awful excellent fantastic tremendous "
    "incredible amazing outstanding remarkable extraordinary unprecedented historic rare "
    "unusual unconventional unique striking notable significant important crucial vital "
    "love hate sad proud honored grateful thank thanks happy glad pleased disappointed "
    "disaster disgrace shame blessing tragedy tragic nice bad good best worst better "
    "uncertain unclear whether remains seems deserve deserves ought should must "
    "wrong right fair unfair ridiculous absurd stupid smart brilliant"
)
_WEEKDAYS_MONTHS = _words(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "june july august september october november december yesterday today"
)


_LEXICONS = (
    ("cue", _CUE_VERBS),
    ("modal", _MODALS),
    ("future", _FUTURE),
    ("first_person", _FIRST_PERSON),
    ("second_person", _SECOND_PERSON),
    ("negation", _NEGATION),
    ("comparative", _COMPARATIVE),
    ("hedge", _HEDGES),
    ("opinion", _OPINION),
    ("date_word", _WEEKDAYS_MONTHS),
    ("money", _MONEY),
)
_NUMBER_TOKENS = frozenset(("<num>", "<pct>", "<year>"))
# on the words joined by spaces: "-ed" words of five letters or more, and
# have/has/had before a participle
_REGULAR_PAST = re.compile(r"(?:^| )[a-z]{3,}ed(?= |$)")
_PERFECT = re.compile(
    r"(?:^| )(?:has|have|had|haven't|hasn't) (?:\S*ed|been|"
    + "|".join(sorted(_IRREGULAR_PAST))
    + r")(?= |$)"
)


def tokens(sentence: str) -> list[str]:
    # one apostrophe, so "didn’t" and "didn't" are the same word
    return _TOKEN.findall(sentence.replace("\u2019", "'"))


def _number(token: str) -> str:
    if len(token) == 4 and token[:2] in ("19", "20") and token.isdigit():
        return "<year>"
    return "<pct>" if token.endswith("%") else "<num>"


def normalised(raw: list[str]) -> list[str]:
    """Lower-case words, with numbers reduced to <num>, <pct> or <year>."""
    return [_number(t) if t[0].isdigit() else t.lower() for t in raw]


def _bucket(n: int, edges: tuple[int, ...]) -> int:
    return sum(1 for edge in edges if n >= edge)


def _word_features(words: list[str]) -> list[str]:
    return ["u=" + w for w in words] + ["b=" + a + "_" + b for a, b in pairwise(words)]


def _lexical_flags(words: list[str], present: set[str], raw: list[str]) -> list[str]:
    flags = [name for name, lexicon in _LEXICONS if not present.isdisjoint(lexicon)]
    if not present.isdisjoint(_NUMBER_TOKENS) or not present.isdisjoint(_NUMBER_WORDS):
        flags.append("number")
    if "<pct>" in present or "percent" in present:
        flags.append("percent")
    if "<year>" in present:
        flags.append("year")
    if raw and raw[-1] == "?":
        flags.append("question")
    return flags


def _tense_flags(joined: str, present: set[str]) -> list[str]:
    past = not present.isdisjoint(_IRREGULAR_PAST) or _REGULAR_PAST.search(joined) is not None
    perfect = _PERFECT.search(joined) is not None
    return (["past"] if past else []) + (["perfect"] if perfect else [])


def _name_count(raw: list[str]) -> int:
    # capitalised words after the first: names, places, organisations
    return sum(1 for t in raw[1:] if t[0].isupper() and t.lower() not in _FIRST_PERSON)


def features(sentence: str) -> list[str]:
    """The sparse binary features of one sentence, as strings."""
    raw = tokens(sentence)
    words = normalised(raw)
    present = set(words)
    flags = _lexical_flags(words, present, raw) + _tense_flags(" ".join(words), present)
    flags.append(f"names={_bucket(_name_count(raw), (1, 2, 4))}")
    flags.append(f"len={_bucket(len(words), (5, 10, 20, 35))}")
    present = set(flags)
    # a few conjunctions the linear model cannot form itself
    for a, b in (("number", "past"), ("names=2", "past"), ("number", "first_person")):
        if a in present and b in present:
            flags.append(f"{a}&{b}")
    return _word_features(words) + [f"f={f}" for f in flags]


@dataclass(frozen=True, slots=True)
class Model:
    bias: float
    weights: Mapping[str, float]

    def score(self, sentence: str) -> float:
        z = self.bias + sum(map(self.weights.get, set(features(sentence)), repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict[str, object]:
        return {"format": 1, "bias": self.bias, "weights": dict(self.weights)}


def model_from_json(data: Mapping[str, object]) -> Model:
    weights = data["weights"]
    bias = data["bias"]
    if not isinstance(weights, dict) or not isinstance(bias, int | float):
        raise TypeError("not a check-worthiness model")
    return Model(bias=float(bias), weights={str(k): float(v) for k, v in weights.items()})


def load_model(path: Path = MODEL_PATH) -> Model:
    with gzip.open(path, "rt", encoding="utf-8") as stream:
        return model_from_json(json.load(stream))


@cache
def default_model() -> Model:
    return load_model()


def score(sentence: str) -> float:
    """Check-worthiness of one sentence with the shipped model, in [0, 1]."""
    return default_model().score(sentence)


def score_all(sentences: Iterable[str]) -> list[float]:
    model = default_model()
    return [model.score(s) for s in sentences]
