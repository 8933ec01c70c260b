"""Quote stage: pair quote marks, then name who said each quote.

Pairing is one left-to-right pass over the double quote marks of each
paragraph (curly, straight, ``''``, guillemets, „low-high“), deciding from the
characters around a mark whether it opens or closes. State never crosses a
paragraph break except for the news convention of a quote that runs over
several paragraphs (each re-opens, only the last closes), so an unmatched mark
costs at most one quote. Single quotes are nested quotes inside double ones
and are skipped; apostrophes ("Kyiv's", "rock 'n' roll") are therefore never
taken for quote marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from verify.extraction.attribution import attribute
from verify.extraction.entities import find_entities
from verify.extraction.segmentation import Span, paragraphs
from verify.extraction.types import Entity, Quote

# '' (two apostrophes) stands for a double quote in NYT wire text
_MARK = re.compile("''|[\"\u201c\u201d\u201e\u00ab\u00bb]")
_OPENERS = "\u201c\u201e\u00ab"
_CLOSERS = "\u201d\u00bb"
# what a closing mark of each opening family may be
_CLOSES = {
    "\u201c": '\u201d"',
    "\u201e": '\u201c\u201d"',
    "\u00ab": "\u00bb",
    '"': '"\u201d',
    "''": "''\u201d",
}
_BEFORE_OPEN = " \t\n([{\u2014\u2013-/:\u00a0"
_WORD_CHAR = re.compile(r"\w")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Quoted words (``start``/``end``, marks excluded) and their marks."""

    start: int
    end: int
    mark_start: int
    mark_end: int
    paragraph: Span
    # re-opened in a new paragraph: the same utterance as the quote before it
    continued: bool = False


def extract_quotes(text: str) -> tuple[tuple[Quote, ...], tuple[Entity, ...]]:
    """Quotes of ``text`` with their speakers, and the speakers found."""
    spans = pair_quote_marks(text)
    index = find_entities(text)
    quotes = attribute(text, spans, index)
    speakers: dict[str, Entity] = {}
    for quote, entity in quotes:
        if entity is not None and quote.speaker is not None:
            speakers.setdefault(entity.name, entity)
    return tuple(q for q, _ in quotes), tuple(speakers.values())


def pair_quote_marks(text: str) -> list[QuoteSpan]:
    """Every stretch of text between paired double quote marks, in order."""
    spans: list[QuoteSpan] = []
    paras = paragraphs(text)
    carried = False
    for number, para in enumerate(paras):
        following = paras[number + 1] if number + 1 < len(paras) else None
        carried = _pair_paragraph(text, para, following, carried, spans)
    return spans


def _pair_paragraph(
    text: str, para: Span, following: Span | None, continued: bool, out: list[QuoteSpan]
) -> bool:
    """Pairs the marks of one paragraph into ``out``; returns True when a
    quote stays open into ``following`` (which re-opens it)."""
    opened: re.Match[str] | None = None
    for mark in _MARK.finditer(text, para.start, para.end):
        if opened is None:
            if _can_open(text, mark):
                opened = mark
            continue
        if _can_close(text, opened, mark):
            _emit(
                text,
                opened.end(),
                mark.start(),
                opened,
                mark.end(),
                para,
                continued,
                out,
            )
            continued = False
            opened = None
        elif _can_open(text, mark):
            opened = mark  # the earlier opener was unmatched: drop it, stay local
    if opened is None:
        return False
    if following is not None and _MARK.match(text, following.start):
        _emit(text, opened.end(), para.end, opened, para.end, para, continued, out)
        return True
    if opened.start() == para.start:
        # a quote paragraph whose closing mark is missing
        _emit(text, opened.end(), para.end, opened, para.end, para, continued, out)
    return False


def _emit(
    text: str,
    start: int,
    end: int,
    opened: re.Match[str],
    mark_end: int,
    para: Span,
    continued: bool,
    out: list[QuoteSpan],
) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if _WORD_CHAR.search(text, start, end):
        out.append(QuoteSpan(start, end, opened.start(), mark_end, para, continued))


def _can_open(text: str, mark: re.Match[str]) -> bool:
    char = mark.group()
    if char in _CLOSERS:
        return False
    if char == "\u00ab":
        return True  # French style puts a space inside guillemets
    after = text[mark.end() : mark.end() + 1]
    if not after or after.isspace():
        return False
    if char in _OPENERS:
        return True
    before = text[mark.start() - 1 : mark.start()]
    return not before or before in _BEFORE_OPEN or not before.isalnum()


def _can_close(text: str, opened: re.Match[str], mark: re.Match[str]) -> bool:
    char = mark.group()
    if char == "\u201c" and _looks_closing(text, mark):
        return True  # “…“ : a closing mark typed as an opening one
    if char not in _CLOSES.get(opened.group(), _CLOSERS):
        return False
    if char in _CLOSERS or char == "\u201c":
        return True
    # a straight mark closes unless it clearly opens a new quote ("A "B")
    before = text[mark.start() - 1 : mark.start()]
    after = text[mark.end() : mark.end() + 1]
    return not (before.isspace() and after.isalnum())


def _looks_closing(text: str, mark: re.Match[str]) -> bool:
    before = text[mark.start() - 1 : mark.start()]
    after = text[mark.end() : mark.end() + 1]
    return bool(before) and not before.isspace() and (not after or not after.isalnum())
