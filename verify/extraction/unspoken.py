"""Quoted words no one in the text is said to have spoken: a name the text
uses ("known as “…”") and a question put to someone ("Lee was asked, “…?”")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from verify.extraction.lexicon import word_set

if TYPE_CHECKING:
    from verify.extraction.quotes import QuoteSpan


def unspoken(text: str, span: QuoteSpan) -> bool:
    """Whether the quote is a name or a question put to the subject, with no speaker."""
    window = max(0, span.mark_start - 30)
    if _put_to_subject(text, window, span.mark_start) or _asked_whether(
        text, max(span.paragraph.start, span.mark_start - 150), span.mark_start
    ):
        # "Lee was asked, “Would you run again?”", "Asked whether Lee is “fit to
        # serve,” 60 percent said no": the question's words, not the subject's
        return True
    return (
        # every naming phrase ends in one of _NAMING_ENDINGS: looked for first,
        # which is cheaper
        text.endswith(_NAMING_ENDINGS, 0, span.mark_start)
        and _NAMING.search(text, window, span.mark_start) is not None
        and not _BY_AGENT.match(text, span.mark_end)
    )


# a passive "asked" (or "asked about") right before the opening mark, with no
# agent, or "a question on the": the words put to someone
_PUT_TO_SUBJECT = re.compile(
    r"(?:\b(?:is|are|was|were|been|being) asked(?:[,:]| about(?: the)?)?"
    r"|\bquestions? (?:on|about)(?: the)?) ?\n?$"
)


def _put_to_subject(text: str, start: int, end: int) -> bool:
    # every match holds "asked" or "question": most windows hold neither, and
    # str.find settles them without trying the pattern at every position
    if text.find("asked", start, end) < 0 and text.find("question", start, end) < 0:
        return False
    return _PUT_TO_SUBJECT.search(text, start, end) is not None


def _asked_whether(text: str, start: int, end: int) -> bool:
    # every match holds "Asked ": see _put_to_subject
    return (
        text.find("Asked ", start, end) >= 0 and _ASKED_WHETHER.search(text, start, end) is not None
    )


# an opening "Asked whether …" clause that the quote is part of
_ASKED_WHETHER = re.compile(
    r"(?:^|[.!?] )Asked (?:if|whether)\b[^,.;:\u201c\u201d\"]*$", re.MULTILINE
)
# how a name is known: "known here as", "known online as"
_KNOWN_ADVERBS = word_set(
    "here locally widely internally publicly informally online commonly popularly"
)
# "what is called a “…”", "known (here) as “…”", "the so-called “…”": a name the
# text uses, which no one in it is said to have said
_NAMING = re.compile(
    rf"(?:\b(?:known|billed)(?: (?:{'|'.join(sorted(_KNOWN_ADVERBS))}))? as"
    r"|\bso(?:-? |-)called|\b(?:is|are|was|were|be|been|being) (?:called|named|dubbed|nicknamed))"
    r"(?: (?:an?|the))? ?$"
)
# the words closing a _NAMING match, with its optional space, and the line
# break "$" may stand before
_NAMING_ENDINGS = tuple(
    ending + space + newline
    for ending in ("as", "called", "named", "dubbed", " a", " an", " the")
    for space in ("", " ")
    for newline in ("", "\n")
)
# "… has been called “…” by Ana Ruiz": the agent names it (see tags)
_BY_AGENT = re.compile(r"[,.]? by ")
