"""Speaker mentions that are pronouns: a possessive owning the words a quote
completes ("her call for a “living wage”").

For the attribution stage after its own owner patterns, which take a speech
noun only with a short phrase right before the mark: here the noun's phrase
may run on ("his past comments on building a fence to keep out “…”").
"""

from __future__ import annotations

import re

from verify.extraction.lexicon import word_set
from verify.extraction.phrases import CUE_VERBS, Tag, start_of_sentence


def possessive_owner(text: str, floor: int, mark_start: int) -> Tag | None:
    """ "his call for “…”", "her chants of “…”", "his past comments on
    building a fence to keep out “…”": the possessive pronoun owning a noun
    for what someone says, with the quote in the phrase the noun governs, is
    the speaker's mention (the resolver finds whose it is). Not "their": a
    plural owner is a crowd the index rarely names ("their chants of “…”"
    after "when Texas was called" is no chant of Texas)."""
    window = max(floor, mark_start - _WINDOW)
    if _OWNED.search(text, window, mark_start) is None:
        return None  # most quotes: none in the whole window, so none in the sentence
    start = start_of_sentence(text, window, mark_start)
    owners = list(_OWNED.finditer(text, start, mark_start))
    if not owners:
        return None
    owned = owners[-1]  # the owner nearest the quote
    governed = text[owned.end() : mark_start]
    words = {word.lower() for word in _WORDS.findall(governed)}
    if words & _ENDS_PHRASE or words & CUE_VERBS:
        return None  # "his comments on it were “…”", "his call for unity, Lee said “…”"
    begin, end = owned.span("owner")
    return Tag(begin, end, begin, end, None)


_WINDOW = 200
# what someone said, called by a noun their possessive owns
_SAYING_NOUNS = word_set(
    """call chants cry embrace admission warning comment comments remark remarks
    statement statements claim assertion assertions promise pledge vow insistence
    demand plea boast description characterization mantra catchphrase"""
)
# the lookbehind after [Hh] is the word boundary before it: a pattern opening
# with a character class lets the regex engine skip to each "H" or "h"
# (one opening with \b is tried at every offset)
_OWNED = re.compile(
    r"(?P<owner>[Hh](?<!\w[Hh])(?:is|er))\s+(?:[a-z][\w-]*\s+){0,3}?"
    rf"(?:{'|'.join(sorted(_SAYING_NOUNS))})"
    r"\s+(?:to|for|of|on|about|against)\b"
)
_WORDS = re.compile(r"[\w'\u2019-]+|[,;:()\u2014]")
# words of a new clause or a break after the noun's phrase
_ENDS_PHRASE = word_set(", ; : ( ) \u2014 who which that but and is was were are has have had")
