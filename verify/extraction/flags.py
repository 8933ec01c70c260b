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

UNSUBSTANTIATED = "unsubstantiated"
HEDGED = "hedged"
NUMERIC = "numeric"
ATTRIBUTED = "attributed"

_SUPPORT = r"(?:proof|evidence|substantiation|documentation|corroboration|details to support)"
_GIVE = (
    r"(?:provide|provided|providing|offer|offered|offering|give|gave|giving|present|presented"
    r"|cite|cited|citing|show|showed|produce|produced)"
)
_UNSUBSTANTIATED = re.compile(
    rf"\b(?:{_GIVE}\s+(?:no|little)\s+(?:\w+\s+)?{_SUPPORT}"
    rf"|without\s+(?:{_GIVE}\s+)?(?:any\s+)?(?:\w+\s+)?{_SUPPORT}"
    rf"|(?:did|does|do|has|have|had)\s*(?:not|n['\u2019]t)\s+{_GIVE}\s+(?:any\s+)?{_SUPPORT}"
    rf"|no\s+(?:\w+\s+)?{_SUPPORT}\s+(?:was|were|has\s+been|had\s+been)\s+(?:given|provided|offered)"
    r"|(?:could|can|cannot)(?:\s*not|n['\u2019]t)?\s+(?:be\s+)?(?:independently\s+)?(?:verified|verify|confirmed|confirm)"
    r"|(?:unable|not\s+able)\s+to\s+(?:independently\s+)?(?:verify|confirm)"
    r"|(?:has|have|had)\s+not\s+been\s+(?:independently\s+)?(?:verified|confirmed)"
    r"|unverified|unsubstantiated|unproven|baseless|unfounded)\b",
    re.IGNORECASE,
)
_HEDGED = re.compile(
    r"\b(?:reportedly|allegedly|apparently|purportedly|supposedly|ostensibly"
    r"|(?:appears?|appeared|seems?|seemed)\s+to"
    r"|(?:is|are|was|were)\s+(?:said|believed|thought|understood|alleged|reported)\s+to"
    r"|(?:may|might|could)\s+have"
    r"|possibly|presumably|unconfirmed|suspected|is\s+thought\s+to)\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"[\d%]")
_NUMERIC = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?"
    r"|hundreds?|thousands?|millions?|billions?|trillions?|percent|half|twice|double[ds]?"
    r"|tripled?|quadrupled?|first|last|record|majority|minority"
    r"|(?:more|less|fewer|higher|lower|larger|smaller|bigger)\s+than"
    r"|highest|lowest|largest|biggest|smallest|most|least"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|january|february|march|april|june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# words each pattern needs: a set test skips the regex for most sentences,
# which keeps flagging cheap
_UNSUBSTANTIATED_WORDS = _words(
    "proof evidence substantiation documentation corroboration details verified verify "
    "confirmed confirm unverified unsubstantiated unproven baseless unfounded"
)
_HEDGED_WORDS = _words(
    "reportedly allegedly apparently purportedly supposedly ostensibly appear appears "
    "appeared seem seems seemed said believed thought understood alleged reported have "
    "possibly presumably unconfirmed suspected"
)
_NUMERIC_WORDS = _words(
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


def is_unsubstantiated(text: str, words: frozenset[str] | None = None) -> bool:
    if _UNSUBSTANTIATED_WORDS.isdisjoint(_words_of(text) if words is None else words):
        return False
    return _UNSUBSTANTIATED.search(text) is not None


def is_hedged(text: str, words: frozenset[str] | None = None) -> bool:
    if _HEDGED_WORDS.isdisjoint(_words_of(text) if words is None else words):
        return False
    return _HEDGED.search(text) is not None


def is_numeric(text: str, words: frozenset[str] | None = None) -> bool:
    if _DIGIT.search(text) is not None:
        return True
    if _NUMERIC_WORDS.isdisjoint(_words_of(text) if words is None else words):
        return False
    return _NUMERIC.search(text) is not None


def flags_for(text: str, *, attributed: bool, context: str = "") -> tuple[str, ...]:
    """The flags of a claim whose words are ``text``; ``context`` is the rest of
    its sentence, where a remark such as "but provided no proof" may sit."""
    words = _words_of(text)
    out = []
    in_context = bool(context) and context != text and is_unsubstantiated(context)
    if in_context or is_unsubstantiated(text, words):
        out.append(UNSUBSTANTIATED)
    if is_hedged(text, words):
        out.append(HEDGED)
    if is_numeric(text, words):
        out.append(NUMERIC)
    if attributed:
        out.append(ATTRIBUTED)
    return tuple(out)
