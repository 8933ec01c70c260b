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
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
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


def _word_lexicons() -> dict[str, tuple[str, ...]]:
    """Each lexicon word with the names of the lexicons holding it."""
    groups = (
        *_LEXICONS,
        ("number", _NUMBER_TOKENS | _NUMBER_WORDS),
        ("irregular_past", _IRREGULAR_PAST),
    )
    found: dict[str, tuple[str, ...]] = {}
    for name, lexicon in groups:
        for word in lexicon:
            found[word] = (*found.get(word, ()), name)
    return found


_WORD_LEXICONS = _word_lexicons()
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
    # how many edges n reaches (edges ascending)
    return bisect_right(edges, n)


def _word_features(words: list[str]) -> list[str]:
    return ["u=" + w for w in words] + ["b=" + a + "_" + b for a, b in pairwise(words)]


def _lexicon_hits(present: set[str]) -> set[str]:
    # one dictionary lookup per distinct word instead of one set
    # intersection per lexicon
    hits: set[str] = set()
    for word in present:
        names = _WORD_LEXICONS.get(word)
        if names is not None:
            hits.update(names)
    return hits


def _lexical_flags(present: set[str], hits: set[str], raw: list[str]) -> list[str]:
    # in the lexicons' order, so the weights are summed in the same order
    flags = [name for name, _ in _LEXICONS if name in hits]
    if "number" in hits:
        flags.append("number")
    if "<pct>" in present or "percent" in present:
        flags.append("percent")
    if "<year>" in present:
        flags.append("year")
    if raw and raw[-1] == "?":
        flags.append("question")
    return flags


def _tense_flags(joined: str, hits: set[str]) -> list[str]:
    past = "irregular_past" in hits or _REGULAR_PAST.search(joined) is not None
    perfect = _PERFECT.search(joined) is not None
    return (["past"] if past else []) + (["perfect"] if perfect else [])


def _name_count(raw: list[str]) -> int:
    # capitalised words after the first: names, places, organisations
    return len([t for t in raw[1:] if t[0].isupper() and t.lower() not in _FIRST_PERSON])


def _meaning_flags(raw: list[str], words: list[str], present: set[str]) -> list[str]:
    """The word-independent features, without their ``f=`` prefix."""
    hits = _lexicon_hits(present)
    flags = _lexical_flags(present, hits, raw) + _tense_flags(" ".join(words), hits)
    flags.append(_NAMES[_bucket(_name_count(raw), (1, 2, 4))])
    flags.append(_LENGTHS[_bucket(len(words), (5, 10, 20, 35))])
    # a few conjunctions the linear model cannot form itself
    for a, b, both in _CONJUNCTIONS:
        if a in flags and b in flags:
            flags.append(both)
    return flags


_NAMES = tuple(f"names={n}" for n in range(4))
_LENGTHS = tuple(f"len={n}" for n in range(5))
_CONJUNCTIONS = tuple(
    (a, b, f"{a}&{b}")
    for a, b in (("number", "past"), ("names=2", "past"), ("number", "first_person"))
)


def features(sentence: str) -> list[str]:
    """The sparse binary features of one sentence, as strings."""
    raw = tokens(sentence)
    words = normalised(raw)
    flags = _meaning_flags(raw, words, set(words))
    return _word_features(words) + [f"f={f}" for f in flags]


@dataclass(frozen=True, slots=True)
class Model:
    bias: float
    weights: Mapping[str, float]
    # the weights split by feature family and keyed without prefixes, so
    # scoring looks words and word pairs up without building feature strings
    _unigrams: dict[str, float] = field(init=False, repr=False, compare=False)
    _bigrams: dict[tuple[str, str], float] = field(init=False, repr=False, compare=False)
    _flags: dict[str, float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        unigrams, bigrams, flags = _split_weights(self.weights)
        object.__setattr__(self, "_unigrams", unigrams)
        object.__setattr__(self, "_bigrams", bigrams)
        object.__setattr__(self, "_flags", flags)

    def score(self, sentence: str) -> float:
        """Same value as summing ``weights`` over ``set(features(sentence))``."""
        raw = tokens(sentence)
        words = normalised(raw)
        present = set(words)
        z = (
            self.bias
            + sum(map(self._unigrams.get, present, repeat(0.0)))
            + sum(map(self._bigrams.get, set(pairwise(words)), repeat(0.0)))
            + sum(map(self._flags.get, _meaning_flags(raw, words, present), repeat(0.0)))
        )
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict[str, object]:
        return {"format": 1, "bias": self.bias, "weights": dict(self.weights)}


def _split_weights(
    weights: Mapping[str, float],
) -> tuple[dict[str, float], dict[tuple[str, str], float], dict[str, float]]:
    unigrams: dict[str, float] = {}
    bigrams: dict[tuple[str, str], float] = {}
    flags: dict[str, float] = {}
    for key, weight in weights.items():
        family, _, name = key.partition("=")
        if family == "u":
            unigrams[name] = weight
        elif family == "b":
            # tokens hold no underscore, so the first one joins the pair
            first, _, second = name.partition("_")
            bigrams[first, second] = weight
        else:
            flags[name] = weight
    return unigrams, bigrams, flags


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
