"""Titles of works in quote marks: "the author of “Hacked World Order,”" names
a book, not words anyone spoke. The speech model reads these tests as
features, and a title inside a speaker's description is blanked so that its
marks end no phrase of the tag."""

from __future__ import annotations

from typing import TYPE_CHECKING

from verify.extraction.lexicon import word_set
from verify.extraction.phrases import WORD

if TYPE_CHECKING:
    from verify.extraction.quotes import QuoteSpan


def names_a_work(text: str, span: QuoteSpan) -> bool:
    """A title-case quote after a preposition, a possessive or a word like
    "book" is the name of a work or a show, whatever the sentence reports."""
    before = text[max(span.paragraph.start, span.mark_start - 30) : span.mark_start]
    words = WORD.findall(before)
    if not words:
        return False
    last = words[-1].lower().replace("\u2019", "'")
    if last == "of" and len(words) > 1 and words[-2].lower() in _UTTERANCE_NOUNS:
        return False  # "chants of “Ted! Ted!”", "cries of “Bitch!”": words shouted
    return (
        last in _WORK_LEAD_INS
        or (last.endswith("'s") and last not in _IS_CONTRACTIONS)
        or (before.rstrip().endswith(",") and len(words) > 1 and words[-1].lower() in _WORK_NOUNS)
    )


_WORK_LEAD_INS = word_set(
    """on of in to at from titled called named dubbed entitled book film show movie song
    program programme series album novel memoir column podcast"""
)
# nouns for words called out: the quote after "chants of" is what was called
_UTTERANCE_NOUNS = word_set(
    "chant chants cry cries shout shouts call calls cheer cheers scream screams"
)
# "he's" is "he is", no owner: 'saying he's “made a lot of money”'
_IS_CONTRACTIONS = word_set(
    "he's she's it's that's there's here's what's who's where's how's let's"
)
_WORK_NOUNS = word_set("book film show movie song program series album novel memoir column")
_TITLE_SMALL_WORDS = word_set("a an the of and or in on for to with at by from as vs")


def title_word(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit() or word in _TITLE_SMALL_WORDS


def title_in_tag(text: str, span: QuoteSpan) -> bool:
    """A short title-case quote naming a work ("the author of “Hacked World
    Order,”"), which may sit inside a speaker's description."""
    if span.end - span.start > _MAX_TITLE_CHARS:
        return False  # taken for no title without reading its words
    words = WORD.findall(text, span.start, span.end)
    return (
        0 < len(words) <= _MAX_TITLE_WORDS
        and words[0][0].isupper()
        and all(title_word(word) for word in words)
        and (names_a_work(text, span) or _after_of_the(text, span))
    )


def _after_of_the(text: str, span: QuoteSpan) -> bool:
    """ "wrote the authors of the “Growth Project,” giving …" """
    before = text[max(span.paragraph.start, span.mark_start - 12) : span.mark_start]
    return before.endswith(" of the ")


_MAX_TITLE_WORDS = 8
# a quoted span longer than this is no title: eight title-case words fit in it
# unless a word runs past 40 characters (a web address, say), which no title has
_MAX_TITLE_CHARS = 8 * 40


def unmarked(text: str, titles: list[QuoteSpan]) -> str:
    """``text`` with the quote marks of ``titles`` blanked (offsets kept)."""
    pieces = []
    last = 0
    for title in titles:
        pieces.append(text[last : title.mark_start])
        pieces.append(" " * (title.start - title.mark_start))
        pieces.append(text[title.start : title.end])
        pieces.append(" " * (title.mark_end - title.end))
        last = title.mark_end
    pieces.append(text[last:])
    return "".join(pieces)
