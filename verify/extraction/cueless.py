"""Speakers of quotes without a speech cue of their own: a clause with a
named subject between the sentence's subject and the quote ("…, while Ann
Lee, the mayor, proposed a “fresh start”") is who the quote belongs to."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from verify.extraction.phrases import Tag

if TYPE_CHECKING:
    from verify.extraction.entities import EntityIndex


def later_clause_subject(text: str, tag: Tag, mark_start: int) -> Tag | None:
    """The named subject of the last clause opening after ``tag`` (a subject
    read without a cue) and before the quote mark at ``mark_start``, in the
    same sentence."""
    if tag.cue is not None or not 0 < mark_start - tag.end <= _WINDOW:
        return None
    between = text[tag.end : mark_start]
    if any(stop in between for stop in _SENTENCE_STOPS):
        return None
    clauses = list(_LATER_CLAUSE.finditer(text, tag.end, mark_start))
    if not clauses:
        return None
    name = clauses[-1]
    return Tag(name.start(1), name.end(1), name.start(1), name.end(1), None)


# a tag further back is another sentence's (a colon's, an earlier paragraph's)
_WINDOW = 300
_SENTENCE_STOPS = (". ", "? ", "! ", "\n")
# "while Ann Lee, the mayor, proposed", "but Tom Ray warned": a clause opening
# with a name (no possessive) and, after any aside, a verb in the past
_LATER_CLAUSE = re.compile(
    r"\b(?:while|whereas|but|and)\s+"
    r"((?:[A-Z][\w.\u2019'-]*\s){0,2}[A-Z][\w.-]*)(?:,[^,\u201c\"]{1,60},)?\s+[a-z]+ed\b"
)


def named_before_colon(text: str, tag: Tag, mark_start: int, index: EntityIndex) -> Tag | None:
    """ "The timing doesn't surprise pollster Ann Lee: “…”", "The rationale is
    a blind faith in Lee's word: / “…”": when a thing is the subject of the
    sentence a colon closes before the quote, the last name before that
    colon is who speaks."""
    colon = len(text[:mark_start].rstrip(" \n\u00a0\"\u201c'")) - 1
    if colon <= tag.end or text[colon] != ":" or colon - tag.end > _WINDOW:
        return None
    if any(stop in text[tag.end : colon] for stop in _SENTENCE_STOPS):
        return None
    mentions = index.mentions
    at = bisect_left([m.start for m in mentions], colon) - 1
    if at < 0 or mentions[at].start < tag.end:
        return None
    name = mentions[at]
    if text[max(0, name.start - 5) : name.start].endswith((" for ", " of ")):
        return None  # "a spokesman for Ann Lee could only quip:": who speaks is unnamed
    return Tag(name.start, name.end, name.start, name.end, None)
