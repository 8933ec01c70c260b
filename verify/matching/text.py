"""Text analysis for claim matching: terms, numbers, negation and direction of change.

Everything here works on a normalised copy of the text; stored claim texts are never changed.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from functools import lru_cache

_TRANSLATE = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
)


def wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# a word, or a number with its decimal point and thousands separators kept together
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)

STOPWORDS = wordset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it its
    itself just let me more most my myself of off on once only or other our ours ourselves out over
    own same she should so some such than that the their theirs them themselves then there these
    they this those through to too under until up very was we were what when where which while who
    whom why will with would you your yours yourself yourselves said says say saying
    going know think really well like get got go just ve ll re don t s d m"""
)

# negation cues; "n't" survives tokenisation as the suffix of the word ("didn't")
NEGATIONS = wordset(
    "not no never none nobody nothing neither nor without cannot deny denies denied"
)

_UP = (
    "rise rises rose risen rising increase increased increases increasing grow grew grown growing "
)
_UP += "gain gained gains up higher high more jump jumped soar soared climb climbed double doubled "
_UP += "triple tripled surge surged boost boosted raise raised"
_DOWN = "fall falls fell fallen falling decrease decreased decreases decreasing decline declined "
_DOWN += "declines drop dropped drops down lower low less fewer shrink shrank shrunk cut cuts "
_DOWN += "plunge plunged plummeted slump slumped reduce reduced halve halved lose lost"
UP_WORDS = wordset(_UP)
DOWN_WORDS = wordset(_DOWN)

_SMALL = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
_SMALL += "fifteen sixteen seventeen eighteen nineteen twenty"
_NUMBER_WORDS = {w: i for i, w in enumerate(_SMALL.split())}
_NUMBER_WORDS.update(
    {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80}
)
_NUMBER_WORDS.update({"ninety": 90, "hundred": 100, "dozen": 12})
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALES.update({"k": 1e3, "m": 1e6, "bn": 1e9, "mn": 1e6})
_PERCENT = frozenset({"%", "percent", "per cent", "pct"})
# "one" is usually a pronoun ("the one who"), not a quantity worth matching on
_WEAK_NUMBER_WORDS = frozenset({"one", "zero"})


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(_TRANSLATE).casefold()


def words(text: str) -> list[str]:
    return _TOKEN.findall(normalize(text))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix stripper: plural, past and -ing forms meet their stem, little more."""
    if len(word) <= 3 or word[0].isdigit():
        return word
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("'s", ""), ("ing", ""), ("ed", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return _undouble(word[: -len(suffix)] + repl)
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _undouble(word: str) -> str:
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
        return word[:-1]
    return word


def terms(text: str) -> list[str]:
    """Content words, stemmed, in order (repeats kept, for term frequencies)."""
    return [stem(w) for w in words(text) if w not in STOPWORDS and not w.endswith("n't")]


def term_counts(text: str) -> Counter[str]:
    return Counter(terms(text))


def bigrams(tokens: list[str]) -> set[tuple[str, str]]:
    return set(itertools.pairwise(tokens))


def char_ngrams(text: str, n: int = 3) -> Counter[str]:
    flat = " " + " ".join(words(text)) + " "
    return Counter(flat[i : i + n] for i in range(len(flat) - n + 1))


def negation_count(text: str) -> int:
    return sum(1 for w in words(text) if w in NEGATIONS or w.endswith("n't"))


def is_negated(text: str) -> bool:
    """Odd number of negation cues: "did not" negates, "not ... without" roughly cancels."""
    return negation_count(text) % 2 == 1


def directions(text: str) -> frozenset[str]:
    found = set()
    for w in words(text):
        if w in UP_WORDS:
            found.add("up")
        elif w in DOWN_WORDS:
            found.add("down")
    return frozenset(found)


def numbers(text: str) -> frozenset[str]:
    """Quantities as canonical strings: "4.1%", "$90 billion" -> "90000000000", "nine" -> "9".

    Years and other bare numbers are kept too; a percentage keeps its sign so that "4.1%" and
    "4.1" (a count) differ.
    """
    toks = _number_tokens(normalize(text))
    found = set()
    for i, tok in enumerate(toks):
        value = _value(tok)
        if value is None or (tok in _WEAK_NUMBER_WORDS):
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if nxt in _SCALES:
            value *= _SCALES[nxt]
        found.add(_canonical(value) + ("%" if nxt in _PERCENT else ""))
    return frozenset(found)


_NUM_TOKEN = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|%|[^\W\d_]+")


def _number_tokens(text: str) -> list[str]:
    return [t.replace("per cent", "percent") for t in _NUM_TOKEN.findall(text)]


def _value(tok: str) -> float | None:
    if tok[0].isdigit():
        return float(tok.replace(",", ""))
    if tok in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[tok])
    return None


def _canonical(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


_URL = re.compile(r"(?:https?://|pic\.twitter\.com/|www\.)\S+", re.IGNORECASE)
_HASHTAG = re.compile(r"#(\w+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)")


def clean_social(text: str) -> str:
    """Drop links and split hashtags into words (#FreeIran -> Free Iran).

    A post's byline stays: the people it names are often who the claim is about.
    """
    text = _URL.sub(" ", text)
    return _HASHTAG.sub(lambda m: " " + _CAMEL.sub(" ", m.group(1)) + " ", text)
