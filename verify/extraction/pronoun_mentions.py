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
    if owned["link"] == "that" and (words & _OTHER_SAYING or _cue_before(text, start, owned)):
        # "his claim that … to Republican arguments “…”": the nearer noun's;
        # "Lee said in her remarks that “…”": the tag's
        return None
    # a clause after "that" has verbs of its own: only a break ends it
    ends = _ENDS_CLAUSE if owned["link"] == "that" else _ENDS_PHRASE
    if words & ends or words & CUE_VERBS:
        return None  # "his comments on it were “…”", "his call for unity, Lee said “…”"
    begin, end = owned.span("owner")
    return Tag(begin, end, begin, end, None)


def _cue_before(text: str, start: int, owned: re.Match[str]) -> bool:
    """Whether a cue verb and a preposition come right before the owner
    ("said in her", "told reporters during his")."""
    words = _WORDS.findall(text, start, owned.start())[-3:]
    return len(words) > 1 and words[-1] in _SETTINGS and bool(CUE_VERBS & set(words[:-1]))


_WINDOW = 200
_SETTINGS = word_set("in during at")
# what someone said, called by a noun their possessive owns
_SAYING_NOUNS = word_set(
    """call chants cry embrace admission warning warnings comment comments remark
    remarks statement statements claim assertion assertions promise pledge vow
    insistence demand plea boast description characterization mantra catchphrase"""
)
# plurals that are also verbs ("Her economic plan promises to"): only right
# after the owner ("his calls to end the “…”")
_VERB_LIKE_NOUNS = word_set("calls cries claims promises pledges vows demands pleas")
# the lookbehind after [Hh] is the word boundary before it: a pattern opening
# with a character class lets the regex engine skip to each "H" or "h"
# (one opening with \b is tried at every offset)
_OWNED = re.compile(
    r"(?P<owner>[Hh](?<!\w[Hh])(?:is|er))\s+"
    # up to three modifiers, a comma only between two ("his long, pre-campaign embrace")
    rf"(?:(?:(?:[a-z][\w-]*,?\s+){{0,2}}?[a-z][\w-]*\s+)??(?:{'|'.join(sorted(_SAYING_NOUNS))})"
    rf"|{'|'.join(sorted(_VERB_LIKE_NOUNS))})"
    r"\s+(?P<link>to|for|of|on|about|against|that)\b"
)
_WORDS = re.compile(r"[\w'\u2019-]+|[,;:()\u2014]")
# words of a new clause or a break after the noun's phrase
_ENDS_PHRASE = word_set(", ; : ( ) \u2014 who which that but and is was were are has have had")
_ENDS_CLAUSE = word_set(", ; : ( ) \u2014")
# saying nouns another may own nearer the quote than a "that" clause's owner
_OTHER_SAYING = _SAYING_NOUNS | _VERB_LIKE_NOUNS | word_set("argument arguments words")
