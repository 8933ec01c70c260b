"""Check-worthiness: how much a sentence is worth fact-checking, in [0, 1].

A linear model over sparse binary features: word unigrams and bigrams plus
features that carry meaning whatever the words: numbers, percentages, years,
money and statistics words, reporting verbs, past tense (irregular verbs and
``-ed`` words, including words the debates never used), modals, future and
intent, hedges, opinion and courtesy words, first and second person,
superlatives and quantifiers, government and law, time anchors ("ago",
"since"), evidence words, questions. A meaning feature is set when any word of
its lexicon is in the sentence, so one learnt weight covers all of them. The
meaning features are there so the model transfers beyond the debates it learnt
from.

The weights are learnt by ``bench/train_checkworthiness.py`` from the public
CheckThat! data and shipped in ``models/checkworthiness.json.gz``; nothing is
downloaded at run time. Scoring reads each token's record (its weight, its
meaning features as a bit mask, the weights of the word pairs it opens) in one
pass with one lookup, and adds the (cached) weight of the features' mask.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, reduce
from itertools import pairwise
from operator import or_
from pathlib import Path

from verify.extraction.lexicon import word_set

MODEL_PATH = Path(__file__).parent / "models" / "checkworthiness.json.gz"

# On the lower-cased text. One pass, no nested quantifiers: linear in its length.
_DIGIT = re.compile(r"[0-9]")
# A token is a number ("1,000.5%"), a word ("didn't") or one sign. The
# pattern opens with one character class (every token's first character) so
# that the regex engine skips to the next candidate instead of trying three
# branches at every position; a lookbehind on that character picks the rest.
_TOKEN = re.compile(
    r"[0-9a-z$\u20ac\u00a3%?]"
    r"(?:(?<=[a-z])[a-z]*(?:'[a-z]+)?|(?<=[0-9])[0-9]*(?:[.,:][0-9]+)*%?|)"
)

_NUMBER_WORDS = word_set(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred hundreds thousand thousands million millions billion billions trillion trillions "
    "dozen dozens half double doubled tripled quarter percent first second third"
)
_MONEY = word_set("$ \u20ac \u00a3 dollars dollar euros pounds budget tax taxes deficit debt")
_CUE_VERBS = word_set(
    "said says say claimed claims claim stated states told tells announced announces alleged "
    "alleges accused accuses reported reports insisted insists denied denies warned warns "
    "argued argues confirmed confirms added noted wrote writes according admitted acknowledged "
    "suggested asserted declared revealed disclosed estimated testified described describes "
    "condemned condemns urged urges signaled signalled explained explains maintained "
    "maintains contended contends charged charges blamed blames cited cites quoted "
    "predicted predicts promised promises pledged vowed threatened recalled"
)
_IRREGULAR_PAST = word_set(
    "was were had did said made went took gave got came won lost cut paid sold built grew fell "
    "rose spent left told brought bought thought knew saw began became ran met put set kept "
    "led held sent fought found shot struck hit stood wrote"
)
_HAVE = word_set("has have had haven't hasn't")
_MODALS = word_set("would could should might may must can")
_FUTURE = word_set("will 'll won't gonna")
_FIRST_PERSON = word_set("i me my mine we us our ours i'm we're i've we've i'll we'll")
_SECOND_PERSON = word_set("you your yours you're you've")
_NEGATION = word_set("not no never nothing none nobody don't doesn't didn't isn't")
_COMPARATIVE = word_set("than more less fewer most least highest lowest largest biggest")
_HEDGES = word_set(
    "reportedly allegedly apparently appears appear seems seem purportedly possibly "
    "probably likely perhaps maybe unconfirmed suspected"
)
# evaluative and speculative words: judgement rather than checkable fact
_OPINION = word_set(
    "think thinks believe believes feel feels hope hopes hoped wish wishes guess suppose "
    "great wonderful terrible horrible beautiful awful excellent fantastic tremendous "
    "incredible amazing outstanding remarkable extraordinary unprecedented historic rare "
    "unusual unconventional unique striking notable significant important crucial vital "
    "love hate sad proud honored grateful thank thanks happy glad pleased disappointed "
    "disaster disgrace shame blessing tragedy tragic nice bad good best worst better "
    "uncertain unclear whether remains seems deserve deserves ought should must "
    "wrong right fair unfair ridiculous absurd stupid smart brilliant"
)
_WEEKDAYS_MONTHS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "june july august september october november december yesterday today"
)


_STATISTICS = word_set(
    "percent percentage rate rates average median total number numbers per capita ratio "
    "increase increased decrease decreased rise rose fall fell grow grew growth decline "
    "declined drop dropped doubled tripled record unemployment inflation jobs deficit gdp "
    "poll polls survey statistics data figures times twice"
)
_SUPERLATIVE = word_set(
    "most least highest lowest largest biggest smallest fastest slowest worst best first last "
    "only every ever never always"
)
_COURTESY = word_set(
    "thank thanks congratulations welcome pleasure honor honored privilege applause "
    "ladies gentlemen evening morning goodnight"
)

_GOVERNMENT = word_set(
    "congress senate house administration law laws bill bills legislation voted vote votes "
    "passed signed veto program programs government federal policy treaty agreement court"
)
_TIME_ANCHORS = word_set(
    "ago since during until before after last recently years months weeks decade decades century"
)
_EVIDENCE = word_set(
    "fact facts record report reports study studies according evidence data found shows showed"
)
_QUANTIFIERS = word_set("all every none many few several each both")
_INTENT = word_set("want wants going plan plans propose proposed intend let")


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
    ("number", frozenset(("<num>", "<pct>", "<year>")) | _NUMBER_WORDS),
    ("percent", frozenset(("<pct>", "percent"))),
    ("year", frozenset(("<year>",))),
    ("past", _IRREGULAR_PAST),
    ("statistics", _STATISTICS),
    ("superlative", _SUPERLATIVE),
    ("courtesy", _COURTESY),
    ("government", _GOVERNMENT),
    ("time_anchor", _TIME_ANCHORS),
    ("evidence", _EVIDENCE),
    ("quantifier", _QUANTIFIERS),
    ("intent", _INTENT),
)


def _word_lexicons() -> dict[str, tuple[str, ...]]:
    """Each lexicon word with the names of the lexicons holding it."""
    found: dict[str, tuple[str, ...]] = {}
    for name, lexicon in _LEXICONS:
        for word in lexicon:
            found[word] = (*found.get(word, ()), name)
    return found


_WORD_LEXICONS = _word_lexicons()


def lexicons_of(word: str) -> tuple[str, ...]:
    """The meaning features one (normalised) word adds to: its lexicons, and
    ``past`` for a regular past tense or participle ("-ed", five letters or more)."""
    names = _WORD_LEXICONS.get(word, ())
    if len(word) >= 5 and word.endswith("ed") and word.isalpha() and "past" not in names:
        return (*names, "past")
    return names


def _number(token: str) -> str:
    if len(token) == 4 and token[:2] in ("19", "20") and token.isdigit():
        return "<year>"
    return "<pct>" if token.endswith("%") else "<num>"


# The fast path of words(). In a sentence with no digit or sign ("$", "%",
# "?", "\u20ac", "\u00a3"), the tokens are its runs of ASCII letters,
# lower-cased, and of letters joined by one apostrophe ("didn't"). One C
# translation of its UTF-8 bytes lower-cases the letters, keeps apostrophes,
# turns digits and signs into "0" (so that one byte search tells whether the
# path applies) and every other byte into a space, and a split gives the
# runs, several times cheaper than the regex. A run with an apostrophe at
# its edge or with two of them takes the second fast path below. The two
# characters outside ASCII that lower-case to an ASCII letter ("\u0130" to
# "i\u0307", the Kelvin sign to "k") and the currency signs outside ASCII
# take the regex; every other character outside ASCII is a space.
_LETTER_RUNS = bytes(
    ord(
        char.lower()
        if char in string.ascii_letters + "'"
        else "0"
        if char in string.digits + "$%?"
        else " "
    )
    for char in map(chr, range(256))
)
# byte values: `b"0" in data` first fails to read its needle as an integer
_NOT_A_LETTER_RUN = ord("0")
_APOSTROPHE = ord("'")
# an apostrophe that does not join two letter runs into one token
_LOOSE_APOSTROPHE = re.compile(rb"'(?:(?<![a-z]')|(?![a-z])|[a-z]+')")


# The second fast path, for a sentence with digits or ASCII signs (27% of
# the scored sentences): a second translation keeps digits, the signs and the
# number separators ".,:" (no character outside ASCII lower-cases to any of
# them) and _ASCII_TOKEN, _TOKEN without the currency signs outside ASCII,
# runs over the runs of the ASCII result that are not plain letters or plain
# digits (see _ascii_tokens). A pattern whose classes stay in ASCII takes the
# regex engine's quick class test, several times cheaper per character than
# _TOKEN's on the original text.
_ASCII_TOKENS = bytes(
    ord(char.lower() if char in string.ascii_letters + string.digits + "'$%?.,:" else " ")
    for char in map(chr, range(256))
)
_ASCII_TOKEN = re.compile(
    r"[0-9a-z$%?](?:(?<=[a-z])[a-z]*(?:'[a-z]+)?|(?<=[0-9])[0-9]*(?:[.,:][0-9]+)*%?|)"
)


def _ascii_tokens(sentence: str) -> list[str] | None:
    """The tokens of ``sentence`` (apostrophes already plain) if it takes
    a fast path, else None."""
    # four substring searches in C
    if not sentence.isascii() and (
        "\u0130" in sentence or "\u212a" in sentence or "\u20ac" in sentence or "\u00a3" in sentence
    ):
        return None
    # a lone surrogate becomes three bytes outside ASCII, spaces like the
    # regex's reading of it
    data = sentence.encode("utf-8", "surrogatepass")
    runs = data.translate(_LETTER_RUNS)
    if _NOT_A_LETTER_RUN in runs or (
        _APOSTROPHE in runs and _LOOSE_APOSTROPHE.search(runs) is not None
    ):
        # No token holds a space, so the tokens are those of each run
        # between spaces. No token starts or ends with ".,:", so they are
        # those of the run without them at its edges; then a run of letters
        # alone or of digits alone is one token, and the pattern runs only
        # over the few runs with signs, apostrophes or marks inside.
        found = []
        for run in data.translate(_ASCII_TOKENS).decode("ascii").split():
            run = run.strip(".,:")
            if run.isalpha():
                found.append(run)
            elif run.isdigit():
                found.append(_number(run))
            else:
                # a token starts with a digit exactly when it sorts in
                # ["0", ":"): no character taken out of it
                found += [_number(t) if "0" <= t < ":" else t for t in _ASCII_TOKEN.findall(run)]
        return found
    return runs.decode("ascii").split()


def words(sentence: str) -> list[str]:
    """The sentence's tokens, lower-cased, with numbers reduced to <num>, <pct>
    or <year>; "?", "%" and currency signs are tokens too."""
    # one apostrophe, so "didn’t" and "didn't" are the same word
    sentence = sentence.replace("\u2019", "'")
    found = _ascii_tokens(sentence)
    if found is not None:
        return found
    found = _TOKEN.findall(sentence.lower())
    if _DIGIT.search(sentence) is None:
        return found
    return [_number(t) if "0" <= t[0] <= "9" else t for t in found]


def features(sentence: str) -> list[str]:
    """The sparse binary features of one sentence, as strings: its distinct
    words (``u=``) and word pairs (``b=``), and the meaning features (``f=``)
    that any of its words, or its closing question mark, sets."""
    found = words(sentence)
    present = dict.fromkeys(found)
    out = ["u=" + w for w in present]
    out += ["b=" + a + "_" + b for a, b in dict.fromkeys(pairwise(found))]
    mask = _question_bit(found)
    for w in present:
        mask |= _mask(w)
    out += ["f=" + name for name, bit in _FLAG_BITS.items() if mask & bit]
    return out


_FLAG_BITS = {name: 1 << i for i, name in enumerate((*(n for n, _ in _LEXICONS), "question"))}
_PAST = _FLAG_BITS["past"]
_QUESTION = _FLAG_BITS["question"]
# a bit above the meaning features: the sentence holds "whether", so that it
# may be a question (see _question_bit); Model.score clears it
_WHETHER = 1 << len(_FLAG_BITS)
# what a word the model knows has to score, see Model._records
_Record = tuple[float, int, dict[str, float]]
# the pairs a word opens when it opens none (never written to)
_NO_PAIRS: dict[str, float] = {}
# distinct sets of meaning features whose weight sum a model keeps at hand
_MASK_CACHE_SIZE = 4096


def _mask(word: str) -> int:
    """The meaning features a word sets, one bit each."""
    return reduce(or_, (_FLAG_BITS[name] for name in lexicons_of(word)), 0)


def _question_bit(found: list[str]) -> int:
    """A question, direct ("Will it hold?") or indirect: "Whether it leads
    to lasting peace remains uncertain", "It is unclear whether …"."""
    if not found:
        return 0
    if found[-1] == "?" or found[0] == "whether":
        return _QUESTION
    if "whether" in found and not _OPEN_QUESTION.isdisjoint(found):
        return _QUESTION
    return 0


# what says a question is open: "It remains unclear whether …"
_OPEN_QUESTION = word_set("unclear uncertain unknown undecided seen ask asked asks asking wonder")


def logistic(z: float) -> float:
    """The logistic function, with z clipped so that exp() cannot overflow."""
    # two tests cost less than calling min() and max(); NaN becomes 30.0, as
    # max(-30.0, min(30.0, z)) made it
    if not z < 30.0:
        z = 30.0
    elif z < -30.0:
        z = -30.0
    return 1.0 / (1.0 + math.exp(-z))


@dataclass(frozen=True, slots=True)
class Model:
    bias: float
    weights: Mapping[str, float]
    # the weights by word for scoring: each word the model knows (or that
    # sets a meaning feature) with its own weight (0.0 if it has none: adding
    # 0.0 leaves sum()'s compensated total exactly as it is), its meaning
    # features as a bit mask, and the weights of the word pairs it opens,
    # keyed by the second word
    _records: dict[str, _Record] = field(init=False, repr=False, compare=False)
    # each meaning feature's weight, by its bit
    _flags: dict[int, float] = field(init=False, repr=False, compare=False)
    _mask_weights: dict[int, float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        unigrams, bigrams, flags = _split_weights(self.weights)
        object.__setattr__(self, "_records", _records(unigrams, bigrams))
        flag_weights = {bit: flags.get(name, 0.0) for name, bit in _FLAG_BITS.items()}
        object.__setattr__(self, "_flags", flag_weights)
        object.__setattr__(self, "_mask_weights", {})

    def score(self, sentence: str) -> float:
        """The logistic of the bias plus the weights of ``features(sentence)``."""
        found = words(sentence)
        # One pass over the tokens with one lookup each: the weights of the
        # distinct known words and word pairs (in dicts, so that a repeated
        # one counts once) and the meaning features. The sums are taken by
        # sum() as before, whose compensated addition does not depend on the
        # order of the terms here (checked on 110,000 sentences).
        record_of = self._records.get
        unigrams: dict[str, float] = {}
        bigrams: dict[tuple[str, str], float] = {}
        mask = 0
        previous = ""
        follows = _NO_PAIRS
        for word in found:
            record = record_of(word)
            if record is None:
                follows = _NO_PAIRS
                # a known "-ed" word sets the bit through its record; an
                # unseen one is past too
                if len(word) >= 5 and word.endswith("ed") and word.isalpha():
                    mask |= _PAST
                continue
            # most words close no known pair with the word before: a
            # membership test, with no method call, settles those
            if word in follows:
                bigrams[previous, word] = follows[word]
            unigrams[word], bits, follows = record
            if bits:
                mask |= bits
            previous = word
        z = self.bias + sum(unigrams.values())
        z += sum(bigrams.values())
        if mask & _WHETHER:
            mask = mask & ~_WHETHER | _question_bit(found)
        elif found and found[-1] == "?":
            mask |= _QUESTION
        if mask:
            # the weights of the meaning features together, kept at hand
            weight = self._mask_weights.get(mask)
            z += self._new_mask_weight(mask) if weight is None else weight
        return logistic(z)

    def _new_mask_weight(self, mask: int) -> float:
        """The sum of the weights of the bits set in ``mask``, lowest first,
        read one set bit at a time (a few of the 24), and kept at hand."""
        flags = self._flags
        terms: list[float] = []
        rest = mask
        while rest:
            lowest = rest & -rest
            terms.append(flags[lowest])
            rest ^= lowest
        weight = sum(terms)
        cache = self._mask_weights
        if len(cache) >= _MASK_CACHE_SIZE:
            cache.clear()
        cache[mask] = weight
        return weight

    def to_json(self) -> dict[str, object]:
        return {"format": 2, "bias": self.bias, "weights": dict(self.weights)}


def _split_weights(
    weights: Mapping[str, float],
) -> tuple[dict[str, float], dict[tuple[str, str], float], dict[str, float]]:
    unigrams: dict[str, float] = {}
    bigrams: dict[tuple[str, str], float] = {}
    flags: dict[str, float] = {}
    # The tables are far bigger than the processor's caches, and a lookup
    # reads the key's words and the weight. Each distinct word and weight is
    # one object here (36,000 word pairs use 5,500 words, 43,000 weights hold
    # 6,000 values), so those reads mostly hit memory read moments before.
    shared_words: dict[str, str] = {}
    shared_weights: dict[float, float] = {}
    for key, weight in weights.items():
        family, _, name = key.partition("=")
        weight = shared_weights.setdefault(weight, weight)
        if family == "u":
            unigrams[shared_words.setdefault(name, name)] = weight
        elif family == "b":
            # tokens hold no underscore, so the first one joins the pair
            first, _, second = name.partition("_")
            pair = (shared_words.setdefault(first, first), shared_words.setdefault(second, second))
            bigrams[pair] = weight
        else:
            flags[name] = weight
    return unigrams, bigrams, flags


def _records(
    unigrams: dict[str, float], bigrams: dict[tuple[str, str], float]
) -> dict[str, _Record]:
    """Each word's record (see Model._records): the words of the model, of
    the lexicons and of the word pairs, and "whether" (see Model.score)."""
    follows: dict[str, dict[str, float]] = {}
    for (first, second), weight in bigrams.items():
        follows.setdefault(first, {})[second] = weight
    known = _WORD_LEXICONS.keys() | unigrams.keys() | follows.keys() | {b for _, b in bigrams}
    records = {w: (unigrams.get(w, 0.0), _mask(w), follows.get(w, _NO_PAIRS)) for w in known}
    own, bits, pairs = records.get("whether", (0.0, 0, _NO_PAIRS))
    records["whether"] = (own, bits | _WHETHER, pairs)
    return records


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
