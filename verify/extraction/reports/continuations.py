"""Sentences a speech tag before a colon introduces, without quote marks: in
"Voss said: The port will stay closed. It lost 40 ships in May." the second
sentence is Voss's too, as is every later sentence of the paragraph (the claim
stage, claims.py, gives them the claimant of the tag's own claim). Quoted words
after the colon are the quote stage's; a colon that does not close the tag
("Voss said the choice was simple: the port closes.") introduces nothing beyond
its sentence, and nor does a cue of thought or finding ("we think about the
big number: 1,237."). A tag closing its paragraph ("Voss said:") gives the next
paragraph nothing: on PolNeAR dev such paragraphs held no reported speech."""

from __future__ import annotations

import re
from collections.abc import Sequence

from verify.extraction.lexicon import word_set
from verify.extraction.segmentation import Span

# cues that give words, not a thought or a finding ("The poll also found that:")
_SAYING = word_set(
    "said says say stated states told tells wrote writes tweeted posted added adds argued "
    "argues explained explains declared declares announced announces noted notes insisted "
    "insists warned warns replied replies responded responds saying writing tweeting adding "
    "noting observing"
) | {"according to", "points out", "pointed out"}
# a colon, then the first character after it and its spaces (none at the text's end)
_AFTER_COLON = re.compile(r":\s*(\S?)")
# the words between the cue and the colon: how, whom to, where, when ("simply",
# "told reporters at the White House on Tuesday", "wrote in a statement"); not a
# clause of its own ("said the choice was simple:")
_TAG_TAIL = re.compile(
    r"(?:[ \t]+[a-z]+ly)?"
    r"(?:[ \t]+(?:reporters|supporters|journalists|voters|the\s+(?:crowd|audience|press))"
    r"|(?:[ \t]+(?:[A-Z][\w.'\u2019&-]*|of|and)){1,4})?"
    r"(?:[ \t]+(?:in|on|at|to|during|after|before|from|via|through|with|late|early|earlier|"
    r"last|this)(?:[ \t]+[\w.'\u2019-]+){0,5})?[ \t]*"
)
_QUOTE_MARKS = frozenset("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e")

# a claim's claimant, the words naming it, their span and the cue
Speaker = tuple[str, str, tuple[int, int] | None, str | None]


def introduced(text: str, start: int, end: int, cue: str) -> int | None:
    """Where the words the speech tag ``cue`` introduces in text[start:end]
    begin, after the colon that closes the tag; None where no colon closes
    the tag, the colon closes the sentence, quote marks follow it or ``cue``
    gives no words."""
    if cue not in _SAYING:
        return None
    at = text.find(cue, start, end)
    while at >= 0:
        past = at + len(cue)
        tail = _TAG_TAIL.match(text, past, end)
        after = _AFTER_COLON.match(text, tail.end(), end) if tail is not None else None
        # not the colon of a time ("said he heard gunfire about 9:42 p.m.")
        if after is not None and not text[after.start() - 1].isdigit():
            words = after[1]
            return None if not words or words in _QUOTE_MARKS else after.start(1)
        at = text.find(cue, past, end)
    return None


def tag_speaker(text: str, sentence: Span, found: Sequence[tuple[object, ...]]) -> Speaker | None:
    """Who the later sentences of the paragraph of ``sentence`` are by, after
    its speech tag and colon; None without one. ``found`` are the sentence's
    claims (claimant, mention and cue at 3 to 5, the mention's span at 8)."""
    for values in found:
        claimant, mention, cue, span = values[3], values[4], values[5], values[8]
        if (
            isinstance(claimant, str)
            and isinstance(cue, str)
            and introduced(text, sentence.start, sentence.end, cue) is not None
        ):
            named = mention if isinstance(mention, str) else claimant
            return claimant, named, span if isinstance(span, tuple) else None, cue
    return None
