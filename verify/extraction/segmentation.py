"""Paragraphs and sentences as exact offsets into the original text.

Nothing is normalised: every span is a pair of Python string indices, so
``text[span.start:span.end]`` is the paragraph or sentence as written.

The sentence splitter is hand-written (one precompiled regex and a short
abbreviation list) because it only has to be good on news prose and must stay
linear and fast; see README.md ("How good is the extractor") for why no library is used.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise
from typing import NamedTuple

from verify.extraction.lexicon import word_set


class Span(NamedTuple):
    start: int
    end: int


# a paragraph is a line without its surrounding whitespace: from the line's
# first to its last non-space character (\S is what str.isspace() is not);
# a blank line has none. The regex does the trimming in C.
_PARAGRAPH = re.compile(r"\S(?:[^\n]*\S)?")

# a candidate sentence end: terminal punctuation, optional closing quotes or
# brackets, then whitespace (taken, so the next sentence starts after it) and
# something that can start a sentence; the first mark is written apart
# ("[.!?…][.!?…]*", not "[.!?…]+") so that the engine skips to the next mark
# instead of trying the pattern at every position
_BOUNDARY = re.compile(
    r"""(?P<end>[.!?…][.!?…]*"""
    r"""(?:["'\u201d\u201c\u2019\u00bb\u203a\u00ab)\]]|[ \u00a0\u202f][\u00bb\u203a])*)"""
    r"""\s+(?=(?:["'\u201c\u2018\u201e\u00bb(\[]|[\u00ab\u2039][ \u00a0\u202f]?)*"""
    r"""[A-Z0-9\u00c0-\u024f\u0400-\u04ff])"""
)

# words after which a full stop does not end a sentence
_ABBREVIATIONS = word_set(
    """mr mrs ms dr prof sr jr st mt ft gen lt col capt sgt cmdr adm gov sen rep rev hon pres
    supt insp no vs etc inc ltd corp co jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.k u.n e.u d.c a.m p.m i.e e.g approx dept est fig vol ave blvd rd"""
)

# the word before a full stop, matched backwards from the stop
# ("a-zA-Z0-9" in a class with \w adds nothing to it: the regex engine tests
# the listed characters with one bit lookup before \w's Unicode tables, so
# most letters are settled at once)
_WORD_REVERSED = re.compile(r"[a-zA-Z0-9\w.]+")


def unwrap(text: str) -> str:
    """``text`` with the line breaks that only wrap a line turned into spaces,
    one character for one, so that every offset stays the same: a break
    inside a sentence ("a hate \\ncrime, reiterated"), before a line that
    goes on in lower case, and every single break of a text wrapped at a
    fixed width with blank lines between its paragraphs (plain-text wire
    copy, e-mail). Paragraphs are lines, so a wrapped line would split its
    sentence in two."""
    if "\n" not in text:
        return text
    if _hard_wrapped(text):
        return _SINGLE_BREAK.sub(" ", text)
    soft = [
        match.start()
        for match in _BREAK_BEFORE_LOWER.finditer(text)
        if text[match.start() - 1 : match.start()] in _GOES_ON
        or (
            text[match.start() - 1 : match.start()] in _LINE_END_SPACES
            and text[match.start() - 2 : match.start() - 1] in _GOES_ON
        )
    ]
    if not soft:
        return text  # most texts
    characters = list(text)
    for at in soft:
        characters[at] = " "
    return "".join(characters)


def _hard_wrapped(text: str) -> bool:
    """Whether most lines are wrapped at one width, paragraphs being blocks of
    lines with blank lines between them."""
    if _LONG_LINE.search(text) is not None:
        return False  # most texts: a paragraph is a line longer than any wrapped one
    lines = text.split("\n")
    if len(lines) < _MIN_WRAPPED_LINES or "" not in (line.strip() for line in lines):
        return False
    wrapped = [
        len(line) for line, following in pairwise(lines) if line.strip() and following.strip()
    ]
    filled = sum(1 for line in lines if line.strip())
    return (
        len(wrapped) >= _MIN_WRAPPED_LINES
        and len(wrapped) >= filled / 2
        and sum(wrapped) >= _MIN_MEAN_WIDTH * len(wrapped)
    )


# a line break before a line going on in lower case, after a line that ends no
# sentence (one space, tab or carriage return may stand between its last character and the
# break); the pattern opens with the break so that the engine skips to it
_BREAK_BEFORE_LOWER = re.compile(r"\n(?=[ \t]*[a-z])")
_GOES_ON = frozenset("abcdefghijklmnopqrstuvwxyz,;-\u2014\u2013")
_LINE_END_SPACES = frozenset(" \t\r")
# a line break with a non-blank line on each side
_SINGLE_BREAK = re.compile(r"(?:(?<=\S)|(?<=\S[ \t\r]))\n(?=[ \t]*\S)")
_MIN_WRAPPED_LINES = 4
_MAX_WRAP_WIDTH = 100
_LONG_LINE = re.compile(f"[^\\n]{{{_MAX_WRAP_WIDTH + 1}}}")
_MIN_MEAN_WIDTH = 40


def paragraphs(text: str) -> tuple[Span, ...]:
    """Non-blank lines, trimmed of surrounding whitespace."""
    # Span(*match.span()) would call the named tuple's constructor, a Python
    # function; tuple.__new__ builds the same record in C
    return tuple([tuple.__new__(Span, match.span()) for match in _PARAGRAPH.finditer(text)])


def sentences(text: str, paras: tuple[Span, ...] | None = None) -> tuple[Span, ...]:
    """Sentences of every paragraph, in order; a sentence never crosses a
    line break. ``paras`` are the text's paragraphs when the caller has them."""
    spans: list[Span] = []
    # the marks of the whole text, found at once and shared out (a mark is no
    # space, so each lies in a paragraph): fewer searches than one per paragraph
    marks = marks_at(text, 0, len(text))
    first = 0
    for para in paragraphs(text) if paras is None else paras:
        last = bisect_left(marks, para.end, first)
        spans.extend(_split_at(text, para.start, para.end, marks[first:last]))
        first = last
    return tuple(spans)


def split_sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentences of ``text[start:end]`` (one paragraph)."""
    return _split_at(text, start, end, marks_at(text, start, end))


def _split_at(text: str, start: int, end: int, marks: list[int]) -> list[Span]:
    """Sentences of ``text[start:end]``, whose end marks are at ``marks``."""
    spans = []
    begin = searched = start
    # a boundary opens with one of its marks: trying the pattern only there,
    # in order and past the last boundary found, finds what a search finds
    # (str.find skips to a mark; the search tests a class at every character)
    for at in marks:
        if at < searched:
            continue  # inside the boundary found last
        match = _BOUNDARY.match(text, at, end)
        if match is None:
            continue
        searched = match.end()
        stop, punct_end = match.span(1)
        # one full stop (not "..", and whitespace always follows the marks)
        # may end an abbreviation instead of the sentence
        if text[stop] == "." and text[stop + 1] != "." and _is_abbreviation(text, begin, stop):
            continue
        # tuple.__new__: see paragraphs()
        spans.append(tuple.__new__(Span, (begin, punct_end)))
        begin = searched
    if begin < end:
        tail_start, tail_end = _trim(text, begin, end)
        if tail_end > tail_start:
            spans.append(tuple.__new__(Span, (tail_start, tail_end)))
    return spans


# the marks a boundary opens with (the first class of _BOUNDARY)
_END_MARKS = ".!?\u2026"


def marks_at(text: str, start: int, end: int, marks: str = _END_MARKS) -> list[int]:
    """Offsets of the ``marks`` (by default the ``_END_MARKS``) in
    ``text[start:end]``, in order: where a pattern opens with a class of a few
    marks, trying it only there is cheaper than searching for the class."""
    found = []
    for mark in marks:
        at = text.find(mark, start, end)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1, end)
    found.sort()
    return found


def sentence_at(spans: tuple[Span, ...] | list[Span], offset: int) -> Span | None:
    """The span containing ``offset`` (spans sorted and disjoint)."""
    low, high = 0, len(spans)
    while low < high:
        mid = (low + high) // 2
        if spans[mid].end <= offset:
            low = mid + 1
        else:
            high = mid
    if low < len(spans) and spans[low].start <= offset:
        return spans[low]
    return None


def _is_abbreviation(text: str, begin: int, stop: int) -> bool:
    """Whether the full stop at ``stop`` closes an abbreviation or an initial."""
    # the run of word characters and dots before the full stop, at most 20
    # characters back and not before the sentence's start
    floor = max(begin, stop - 20)
    # Most full stops follow a word of letters after a space: then the word
    # is the run (no word character or dot is a space, and every character
    # isalnum() accepts is one \w accepts), found without the reversed copy
    # and the pattern; any other run takes them.
    word = text[max(floor, text.rfind(" ", floor, stop) + 1) : stop]
    if not word.isalnum():
        run = _WORD_REVERSED.match(text[floor:stop][::-1])
        if run is None:
            return False
        word = text[stop - run.end() : stop]
    word = word.lower()
    # initials ("J. K. Rowling") and abbreviations ("Sen. Warren", "U.S.")
    return (len(word) == 1 and word.isalpha()) or word in _ABBREVIATIONS


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# A dateline opening a story: "WASHINGTON, June 24 (UPI) — ", "KYIV, Ukraine (AP) — ",
# "MOSCOW, Nov 27 (Reuters) - ", "LONDON -- ", "Washington (CNN) — ": a place in capitals
# with what follows it up to the first comma's dash, or any place with its agency in brackets
# (CNN's "Washington (CNN)" has no dash, but "Sen. Ted Cruz (R) said" is no dateline).
DATELINE = re.compile(
    r"(?:[A-Z][A-Z .'-]+(?:,[^\u2014\u2013\n]{0,40}?)?\s*(?:\u2014|\u2013|--|-(?=\s))"
    # an agency in brackets, dpa in lower case: "BERLIN (dpa) – "
    r"|[A-Z][\w .,'-]{0,40}?\((?:[A-Z][\w .]{0,20}|dpa[\w-]{0,6})\)\s*(?:\u2014|\u2013|--|-(?=\s))"
    r"|[A-Z][\w .,'-]{0,40}?\((?:[A-Z]{2,6}|Reuters)\)(?= ?[A-Z]))\s*"
)
# datelines open a story: past its headline and byline, a capitalised word and a dash
# ("ISIS — the group …") is the sentence's own
_DATELINE_REACH = 500
_OPENINGS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\"'\u201c\u2018")


# A live blog's time stamp before an entry: "14:32 GMT: ", "09.15 - ", "9:05 a.m. — ".
_LIVE_TIME = re.compile(
    r"\d{1,2}[:.]\d\d(?: ?(?:GMT|UTC|BST|CET|EET|MSK|ET|[ap]\.m\.))?(?::| [\u2014\u2013-]) +"
)


def past_dateline(text: str, sentence: Span) -> Span:
    """``sentence`` without the dateline it opens with, if it opens a line near the top
    of the text, or the live blog's time stamp opening a line anywhere: the claim is the
    sentence's words, the dateline only says where and who filed it."""
    if text[sentence.start - 1 : sentence.start] not in ("", "\n"):
        return sentence
    # every stamp opens with a digit (\d: what isdecimal() accepts); most lines with none
    opening = text[sentence.start : sentence.start + 1]
    stamp = _LIVE_TIME.match(text, sentence.start, sentence.end) if opening.isdecimal() else None
    if stamp is not None and stamp.end() < sentence.end:
        return Span(stamp.end(), sentence.end)
    if sentence.start > _DATELINE_REACH:
        return sentence
    dateline = DATELINE.match(text, sentence.start, sentence.end)
    # the story opens with a capital or a quote ("ISIS — the group …" is no dateline)
    if dateline is None or text[dateline.end() : sentence.end][:1] not in _OPENINGS:
        return sentence
    return Span(dateline.end(), sentence.end)


# the share of a span's words capitalised in a line set in title case ("Glenn
# Beck Blasts Drudge for Mocking His Fast"): its small words stay lower case
_TITLE_SHARE = 0.7


def in_title_case(text: str, start: int, end: int) -> bool:
    """Whether the words of ``text[start:end]`` that open with a letter are
    mostly capitalised, as in a headline."""
    words = [word for word in text[start:end].split() if word[0].isalpha()]
    return sum(word[0].isupper() for word in words) >= _TITLE_SHARE * len(words)
