"""Quotes signed rather than tagged: a name after a dash, on the quote's own
line ("“…” ― Ana Ruiz."), on the next line, or ending a digest heading."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from verify.extraction.phrases import ABBREVIATION, Tag

if TYPE_CHECKING:
    from verify.extraction.quotes import QuoteSpan


def signature_after(text: str, span: QuoteSpan) -> Tag | None:
    """A quote paragraph signed in the next one: "“…”\n\n- Bernie Sanders." """
    if text[span.mark_end : span.paragraph.end].strip(" .\u201d\"'"):
        return None
    return _signature_tag(text, _SIGNATURE.match(text, span.paragraph.end))


def signed_after(text: str, span: QuoteSpan) -> Tag | None:
    """A quote signed after a dash on its own line: "“…” ― Ana Ruiz." (reader
    comments, pull quotes, vox pops)."""
    return _signature_tag(text, _SIGNED.match(text, span.mark_end))


def _signature_tag(text: str, match: re.Match[str] | None) -> Tag | None:
    """The name a signature pattern found (its group 1), without the full stop
    closing the line (an initial's stays: "Jr.")."""
    if match is None:
        return None
    start, end = match.span(1)
    if text[end - 1] == "." and not ABBREVIATION.search(text, start, end):
        end -= 1
    return Tag(start, end, start, end, None)


_SIGNED = re.compile(
    r"[ \t\u00a0]*[\u2015\u2014\u2013-][ \t\u00a0]*"
    r"([A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,4})[ \t\u00a0.]*(?:\n|$)"
)
_SIGNATURE = re.compile(
    r"\s*\n\s*[-\u2015\u2014\u2013]\s*"
    r"([A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3})(?:[.,][^\n]*)?(?:\n|$)"
)


def signed_heading(tokens: list[re.Match[str]]) -> Tag | None:
    """A digest line naming its source after a dash: "IOWA POLLS NOT WRONG -
    Mark Blumenthal and Jon Cohen: “…”"."""
    for position in range(len(tokens) - 2, max(len(tokens) - 9, 0), -1):
        word = tokens[position].group()
        if word in ("-", "\u2014", "\u2013"):
            first, last = tokens[position + 1], tokens[-2]
            return Tag(first.start(), last.end(), first.start(), last.end(), None)
        if not (word[0].isupper() or word == "and"):
            return None
    return None
