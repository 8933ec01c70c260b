"""Flags an editor wants to see on a claim at a glance.

- ``unsubstantiated``: the article says the claim comes without support
  ("provided no proof", "without evidence", "could not be independently verified").
- ``hedged``: the article distances itself ("reportedly", "allegedly", "appears to").
- ``numeric``: numbers, quantities, dates or comparisons, which can be checked exactly.
- ``attributed``: someone other than the article asserts it (the claim has a claimant).

Every pattern is a flat alternation of literal words with bounded gaps, so a
search is linear in the length of the text.
"""

from __future__ import annotations

import re
import string
from typing import NamedTuple

from verify.extraction.lexicon import word_set

UNSUBSTANTIATED = "unsubstantiated"
HEDGED = "hedged"
NUMERIC = "numeric"
ATTRIBUTED = "attributed"

_SUPPORT = r"(?:proof|evidence|substantiation|documentation|corroboration|details to support)"
_GIVE = (
    r"(?:provide|provided|providing|offer|offered|offering|give|gave|giving|present|presented"
    r"|cite|cited|citing|show|showed|produce|produced)"
)
# the phrases of each pattern (its single words are apart: see _phrase_search)
_UNSUBSTANTIATED_PHRASES = (
    rf"{_GIVE}\s+(?:no|little)\s+(?:\w+\s+)?{_SUPPORT}",
    rf"without\s+(?:{_GIVE}\s+)?(?:any\s+)?(?:\w+\s+)?{_SUPPORT}",
    rf"(?:did|does|do|has|have|had)\s*(?:not|n['\u2019]t)\s+{_GIVE}\s+(?:any\s+)?{_SUPPORT}",
    rf"no\s+(?:\w+\s+)?{_SUPPORT}\s+(?:was|were|has\s+been|had\s+been)\s+(?:given|provided|offered)",
    r"(?:could|can|cannot)(?:\s*not|n['\u2019]t)?\s+(?:be\s+)?(?:independently\s+)?(?:verified|verify|confirmed|confirm)",
    r"(?:unable|not\s+able)\s+to\s+(?:independently\s+)?(?:verify|confirm)",
    r"(?:has|have|had)\s+not\s+been\s+(?:independently\s+)?(?:verified|confirmed)",
)
_UNSUBSTANTIATED = re.compile(
    rf"\b(?:{'|'.join(_UNSUBSTANTIATED_PHRASES)}"
    r"|unverified|unsubstantiated|unproven|baseless|unfounded)\b",
    re.IGNORECASE,
)
_HEDGED_PHRASES = (
    r"(?:appears?|appeared|seems?|seemed)\s+to",
    r"(?:is|are|was|were)\s+(?:said|believed|thought|understood|alleged|reported)\s+to",
    r"(?:may|might|could)\s+have",
)
_HEDGED = re.compile(
    r"\b(?:reportedly|allegedly|apparently|purportedly|supposedly|ostensibly"
    rf"|{'|'.join(_HEDGED_PHRASES)}"
    r"|possibly|presumably|unconfirmed|suspected|is\s+thought\s+to)\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"[\d%]")
_COMPARED = r"(?:more|less|fewer|higher|lower|larger|smaller|bigger)\s+than"
_NUMERIC = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?"
    r"|hundreds?|thousands?|millions?|billions?|trillions?|percent|half|twice|double[ds]?"
    r"|tripled?|quadrupled?|first|last|record|majority|minority"
    rf"|{_COMPARED}"
    r"|highest|lowest|largest|biggest|smallest|most|least"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|january|february|march|april|june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)


# words each pattern needs: a set test skips the regex for most sentences,
# which keeps flagging cheap
_UNSUBSTANTIATED_WORDS = word_set(
    "proof evidence substantiation documentation corroboration details verified verify "
    "confirmed confirm unverified unsubstantiated unproven baseless unfounded"
)
_HEDGED_WORDS = word_set(
    "reportedly allegedly apparently purportedly supposedly ostensibly appear appears "
    "appeared seem seems seemed said believed thought understood alleged reported have "
    "possibly presumably unconfirmed suspected"
)
_NUMERIC_WORDS = word_set(
    "one two three four five six seven eight nine ten eleven twelve dozen dozens hundred "
    "hundreds thousand thousands million millions billion billions trillion trillions percent "
    "half twice double doubled doubles triple tripled quadruple quadrupled first last record "
    "majority minority than highest lowest largest biggest smallest most least monday "
    "tuesday wednesday thursday friday saturday sunday january february march april june "
    "july august september october november december"
)
_WORD = re.compile(r"[a-z]+")


def _words_of(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.lower()))


# The fast path. When every word character of a text is ASCII (true of most
# news sentences: their other characters are typographic quotes, dashes and
# spaces), a pattern's single word matches exactly when it is one of the
# text's lower-cased word-character runs, so a set test decides it, and the
# regex runs only when the words of a multi-word phrase are all there. Any
# other text takes the path above, which stays the reference.
_TYPOGRAPHY = "\u00a0\u2018\u2019\u201c\u201d\u2010\u2011\u2012\u2013\u2014\u2015\u2026\u2044"
_NOT_PLAIN = re.compile(f"[^\\x00-\\x7f{_TYPOGRAPHY}]")
_ASCII_WORD = string.ascii_letters + string.digits + "_"
# The runs are found on the text as ASCII bytes (typography encoded as "?"):
# one C translation lower-cases the letters and turns every other byte but a
# digit or an underscore into a space, and a split gives the runs, much
# cheaper than a regex over the text. The words to look for are bytes too.
# Every digit becomes "0": a run with a digit is no word looked for either
# way, and whether the text has a digit is then one byte search of the
# translation instead of a second translation.
_RUN_BYTES = bytes(
    ord("0" if char in string.digits else char.lower() if char in _ASCII_WORD else " ")
    for char in map(chr, range(256))
)
# byte values, not one-byte strings: `b"0" in data` first tries its needle as
# an integer and raises and clears an exception before searching
_ZERO = ord("0")
_PERCENT = ord("%")


def _bytes(words: frozenset[str]) -> frozenset[bytes]:
    return frozenset(word.encode("ascii") for word in words)


_UNSUBSTANTIATED_SINGLE = _bytes(word_set("unverified unsubstantiated unproven baseless unfounded"))
# a phrase of _UNSUBSTANTIATED needs one of these words
_UNSUBSTANTIATED_PHRASE = _bytes(_UNSUBSTANTIATED_WORDS) - _UNSUBSTANTIATED_SINGLE
_HEDGED_SINGLE = _bytes(
    word_set(
        "reportedly allegedly apparently purportedly supposedly ostensibly possibly presumably "
        "unconfirmed suspected"
    )
)
_HEDGED_SEEM = _bytes(word_set("appear appears appeared seem seems seemed"))
_HEDGED_BE = _bytes(word_set("is are was were"))
_HEDGED_SAID = _bytes(word_set("said believed thought understood alleged reported"))
_HEDGED_BEFORE_HAVE = _bytes(word_set("may might could"))
_NUMERIC_SINGLE = _bytes(_NUMERIC_WORDS - {"than"})
_COMPARATIVES = _bytes(word_set("more less fewer higher lower larger smaller bigger"))
# every word a test below looks for: a text's runs are kept only where they
# are one of these, so most are hashed once and never stored, and the tests
# run on a set of a few words
_LOOKED_FOR = (
    _UNSUBSTANTIATED_SINGLE
    | _UNSUBSTANTIATED_PHRASE
    | _HEDGED_SINGLE
    | _HEDGED_SEEM
    | _HEDGED_BE
    | _HEDGED_SAID
    | _HEDGED_BEFORE_HAVE
    | _NUMERIC_SINGLE
    | _COMPARATIVES
    | {b"to", b"have", b"than"}
)


class _Plain(NamedTuple):
    """What the fast path needs of a text."""

    # the lower-cased word-character runs that a test looks for, as ASCII bytes
    words: frozenset[bytes]
    # whether _DIGIT matches: on such a text \d matches ASCII digits only
    numeral: bool


def _plain_words(text: str) -> _Plain | None:
    """The fast path's view of ``text``, or None when it has a word character
    outside ASCII (or any other character outside ASCII and typography): then
    only the regexes are exact."""
    if not text.isascii() and _NOT_PLAIN.search(text) is not None:
        return None
    encoded = text.encode("ascii", "replace")
    runs = encoded.translate(_RUN_BYTES)
    numeral = _ZERO in runs or _PERCENT in encoded
    # tuple.__new__ builds the record in C, not through the named tuple's
    # constructor, a Python function
    return tuple.__new__(_Plain, (_LOOKED_FOR.intersection(runs.split()), numeral))


# The fast path's regex searches. Its set tests settle every single word of a
# pattern (present or not as a run), so a search is left only where none is
# present, and then only the pattern's phrases can match. Case-insensitive
# matching makes a search several times slower: on a plain text, lower-casing
# changes only ASCII letters, and every letter of the phrases is lower-case
# ASCII, so they are searched without IGNORECASE in the lower-cased text. And
# the patterns open with "\b" and with groups, so a search would try them at
# every character: written as one alternative per first letter, each opening
# with its letter and the "\b" before it written as a look-behind after it (the
# letter is a word character, so "\b" says the character before it is none),
# the search skips to the characters that can open a match, as it does for a
# pattern opening with a character class. A Hypothesis test holds the fast
# path to the patterns.
def _by_first_letter(phrases: tuple[str, ...]) -> re.Pattern[str]:
    r"""``\b(?:phrases)\b`` searched in lower-cased text: each phrase opens
    with a word or a group of words, all lower-case letters, and no group
    inside its opening group."""
    rests: dict[str, list[str]] = {}
    for phrase in phrases:
        if phrase.startswith("(?:"):
            group, _, rest = phrase[3:].partition(")")
            openings = [word + rest for word in group.split("|")]
        else:
            openings = [phrase]
        for opening in openings:
            rests.setdefault(opening[0], []).append(opening[1:])
    branches = (rf"{letter}(?<!\w.)(?:{'|'.join(rest)})" for letter, rest in rests.items())
    return re.compile(rf"(?:{'|'.join(branches)})\b")


_PHRASES = {
    _UNSUBSTANTIATED: _by_first_letter(_UNSUBSTANTIATED_PHRASES),
    _HEDGED: _by_first_letter((*_HEDGED_PHRASES, r"is\s+thought\s+to")),
    _NUMERIC: _by_first_letter((_COMPARED,)),
}


def _phrase_search(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` (IGNORECASE) matches the plain text ``text``, none of
    whose runs is one of the pattern's single words."""
    return _PHRASES[pattern].search(text.lower()) is not None


def _unsubstantiated(text: str, plain: frozenset[bytes]) -> bool:
    if not _UNSUBSTANTIATED_SINGLE.isdisjoint(plain):
        return True
    if _UNSUBSTANTIATED_PHRASE.isdisjoint(plain):
        return False
    return _phrase_search(_UNSUBSTANTIATED, text)


def _hedged(text: str, plain: frozenset[bytes]) -> bool:
    if not _HEDGED_SINGLE.isdisjoint(plain):
        return True
    seems = b"to" in plain and (
        not _HEDGED_SEEM.isdisjoint(plain)
        or not (_HEDGED_BE.isdisjoint(plain) or _HEDGED_SAID.isdisjoint(plain))
    )
    if seems or (b"have" in plain and not _HEDGED_BEFORE_HAVE.isdisjoint(plain)):
        return _phrase_search(_HEDGED, text)
    return False


def _numeric(text: str, plain: _Plain) -> bool:
    if plain.numeral or not _NUMERIC_SINGLE.isdisjoint(plain.words):
        return True
    if b"than" in plain.words and not _COMPARATIVES.isdisjoint(plain.words):
        return _phrase_search(_NUMERIC, text)
    return False


def is_unsubstantiated(text: str, words: frozenset[str] | None = None) -> bool:
    if words is None and (plain := _plain_words(text)) is not None:
        return _unsubstantiated(text, plain.words)
    if _UNSUBSTANTIATED_WORDS.isdisjoint(_words_of(text) if words is None else words):
        return False
    return _UNSUBSTANTIATED.search(text) is not None


def is_hedged(text: str, words: frozenset[str] | None = None) -> bool:
    if words is None and (plain := _plain_words(text)) is not None:
        return _hedged(text, plain.words)
    if _HEDGED_WORDS.isdisjoint(_words_of(text) if words is None else words):
        return False
    return _HEDGED.search(text) is not None


def is_numeric(text: str, words: frozenset[str] | None = None) -> bool:
    if words is None and (plain := _plain_words(text)) is not None:
        return _numeric(text, plain)
    if _DIGIT.search(text) is not None:
        return True
    if _NUMERIC_WORDS.isdisjoint(_words_of(text) if words is None else words):
        return False
    return _NUMERIC.search(text) is not None


def flags_for(text: str, *, attributed: bool, context: str = "") -> tuple[str, ...]:
    """The flags of a claim whose words are ``text``; ``context`` is the rest of
    its sentence, where a remark such as "but provided no proof" may sit."""
    plain = _plain_words(text)
    out = []
    in_context = bool(context) and context != text and is_unsubstantiated(context)
    if plain is None:
        words = _words_of(text)
        unsubstantiated = is_unsubstantiated(text, words)
        hedged = is_hedged(text, words)
        numeric = is_numeric(text, words)
    else:
        unsubstantiated = _unsubstantiated(text, plain.words)
        hedged = _hedged(text, plain.words)
        numeric = _numeric(text, plain)
    if in_context or unsubstantiated:
        out.append(UNSUBSTANTIATED)
    if hedged:
        out.append(HEDGED)
    if numeric:
        out.append(NUMERIC)
    if attributed:
        out.append(ATTRIBUTED)
    return tuple(out)
