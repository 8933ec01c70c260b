"""Backing as a stance: "Thiel backed Ron Paul", "Mercer backs the plan",
"Democrats are backing Clinton"; not "a super PAC backing Rubio" (who backs
is the article's aside), "financial backing", "C.I.A.-backed rebels",
"backed away from" or "backed into a corner"."""

from __future__ import annotations

from verify.extraction.lexicon import word_set
from verify.extraction.reports.claimants import BETWEEN, is_adverb

BACKING = word_set("backs backed backing")
# what a stance's object opens with: a name, a determiner or an object pronoun
_OBJECT_OPENERS = word_set(
    "the a an his her their its our my him them us this that these those both either "
    "whoever whichever"
)
_PARTICLES = word_set("up off down away out")
_BE = word_set("is are was were been be am")
_RELATIVES = word_set("who that which")


def backs_as_stance(text: str, start: int, cue_start: int, cue_end: int, cue: str) -> bool:
    """Whether "backs", "backed" or "backing" at text[cue_start:cue_end] takes
    a side: an object follows, "backing" is a finite verb's participle, and
    no relative pronoun opens the clause."""
    if cue_start > start and text[cue_start - 1] == "-":
        return False
    following = text[cue_end : cue_end + 30].split()[:2]
    if not following or not (following[0][0].isupper() or following[0] in _OBJECT_OPENERS):
        return False
    if following[-1].rstrip(",.;") in _PARTICLES:
        # "backs them up", "backed it off": another verb
        return False
    previous = text[max(start, cue_start - 40) : cue_start].split()
    while previous and is_adverb(previous[-1]):
        previous.pop()
    if cue == "backing" and not (previous and previous[-1] in _BE):
        return False
    while previous and (previous[-1] in BETWEEN or is_adverb(previous[-1])):
        previous.pop()
    # "an investor who had backed Bush": an aside about someone the sentence names
    return not previous or previous[-1] not in _RELATIVES
