"""A relative "who" with no comma before it ("women who want …", "those who
said …", "Republicans who say …"): the claimant is the group the clause
describes, never a name found elsewhere in the sentence."""

from __future__ import annotations

import re

from verify.extraction.lexicon import word_set
from verify.extraction.reports.claimants import (
    ADVERBS,
    CLAUSE_WORDS,
    NOT_SUBJECT_EDGE,
    TIME_WORDS,
    VERBISH,
)
from verify.extraction.reports.words import DETERMINERS, looks_like_verb

# the last word before "who": a lower-case noun, or a capitalised group
# ("Republicans", "Americans", "Democrats"), not a name ("Sanders")
_LAST = re.compile(r"(?:[a-z][a-z-]*|[A-Z][a-z]+(?:ans|ats|ists))$")
_STOP = (
    NOT_SUBJECT_EDGE | CLAUSE_WORDS | VERBISH | ADVERBS | word_set("over under against")
) - word_set("and")
# words the group may open with, kept, and nothing before them
_OPENERS = DETERMINERS | word_set("those these many most some all few several both")
# "and who …", "or who …": a second relative clause of an antecedent further back
_JOINS = word_set("and or but")
# a name, a comma, then a description opening with an article: an appositive
# ("Lloyd Grove, the Daily Beast editor who wrote …" is Lloyd Grove)
_APPOSED = re.compile(r"[A-Z][\w.\u2019'-]*,\s+(?:a|an|the)\s[^,]*$")


def bare_antecedent(text: str, who: int) -> tuple[int, int] | None:
    """The span of the group a relative "who" at ``who`` stands for when no
    comma parts them ("officials in both parties who want …" → "officials in
    both parties" is not tried: the words back to a preposition or verb)."""
    floor = max(0, who - 60)
    before = text[floor:who]
    if not before.endswith(" ") or before.rstrip().endswith(","):
        return None
    words = list(re.finditer(r"\S+", before))
    if not words or _LAST.fullmatch(words[-1].group()) is None:
        return None
    last = words[-1].group()
    if last.lower() in _JOINS or _APPOSED.search(before) is not None:
        return None
    if last.lower() in _OPENERS:
        # "those who said …"
        return floor + words[-1].start(), floor + words[-1].end()
    if last in TIME_WORDS or last.lower() in _STOP or looks_like_verb(last):
        return None
    first = words[-1]
    for word in reversed(words[:-1]):
        token = word.group()
        if not token.isalpha() and not token.replace("-", "").isalpha():
            break
        lowered = token.lower()
        if lowered in _OPENERS:
            first = word
            break
        if lowered in _STOP or looks_like_verb(token) or token in TIME_WORDS:
            break
        first = word
    return floor + first.start(), floor + words[-1].end()


_AND_BEFORE = re.compile(r"(?:,\s*)?\b(?:and|or|but)\s+$")


def joined_relative(text: str, sentence_start: int, who: int) -> int:
    """Where the first of two relative clauses joined by "and" opens
    ("Ada Lund, who chaired the board, and who wrote …": the first "who",
    whose antecedent the second shares); ``who`` itself otherwise."""
    if _AND_BEFORE.search(text, max(sentence_start, who - 8), who) is None:
        return who
    earlier = text.rfind(" who ", sentence_start, who - 4)
    return who if earlier < 0 else earlier + 1
