"""Paragraphs and sentences with exact offsets."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from verify.extraction import segmentation
from verify.extraction.pipeline import extract
from verify.extraction.segmentation import (
    Span,
    paragraphs,
    sentence_at,
    sentences,
    split_sentences,
    unwrap,
)


def sentence_texts(text: str) -> list[str]:
    return [text[span.start : span.end] for span in sentences(text)]


def test_paragraphs_are_trimmed_lines_with_exact_offsets() -> None:
    text = "  First line.\n\nSecond line.  \n"
    spans = paragraphs(text)
    assert [text[s.start : s.end] for s in spans] == ["First line.", "Second line."]


def trimmed_lines(text: str) -> list[Span]:
    """Paragraphs the plain way: each line between line breaks, stripped."""
    spans, start = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            begin = start + len(line) - len(line.lstrip())
            spans.append(Span(begin, begin + len(stripped)))
        start += len(line) + 1
    return spans


LINE_PIECES = ["a", "Word.", " ", "\n", "\t", "\r", "\u00a0", "\u2028", "\u3000", "\u00e9", "x y"]


@given(st.lists(st.sampled_from(LINE_PIECES), max_size=14).map("".join))
@settings(max_examples=500, deadline=None)
def test_paragraphs_are_the_stripped_lines(text: str) -> None:
    spans = paragraphs(text)
    assert list(spans) == trimmed_lines(text)
    assert all(type(span) is Span for span in spans)


def test_abbreviations_initials_and_decimals_do_not_end_a_sentence() -> None:
    text = "Sen. Ann Lee met J. K. Rowling in Washington, D.C. on Monday. Prices rose 4.5%. Ok."
    assert sentence_texts(text) == [
        "Sen. Ann Lee met J. K. Rowling in Washington, D.C. on Monday.",
        "Prices rose 4.5%.",
        "Ok.",
    ]


def test_closing_quote_stays_with_its_sentence() -> None:
    text = "\u201cWe won.\u201d He left."
    assert sentence_texts(text) == ["\u201cWe won.\u201d", "He left."]


def test_a_sentence_never_crosses_a_line_break() -> None:
    text = "A headline without a stop\nThe body starts here."
    assert sentence_texts(text) == ["A headline without a stop", "The body starts here."]


def test_sentence_at_finds_the_sentence_holding_an_offset() -> None:
    text = "One. Two three. Four."
    spans = sentences(text)
    found = sentence_at(spans, text.index("three"))
    assert found is not None
    assert text[found.start : found.end] == "Two three."
    assert sentence_at(spans, len(text) + 5) is None


def test_offsets_survive_emoji_and_combining_characters() -> None:
    text = "Cafe\u0301 \U0001f600 opened. \u041c\u0438 \u0442\u0443\u0442. Done."
    assert sentence_texts(text) == [
        "Cafe\u0301 \U0001f600 opened.",
        "\u041c\u0438 \u0442\u0443\u0442.",
        "Done.",
    ]


def searched_sentences(text: str, start: int, end: int) -> list[Span]:
    """split_sentences as it was written first: the boundary found by a
    regex search over the paragraph rather than tried at each mark."""
    spans = []
    begin = start
    for match in segmentation._BOUNDARY.finditer(text, start, end):
        stop, punct_end = match.span(1)
        if (
            text[stop] == "."
            and text[stop + 1] != "."
            and segmentation._is_abbreviation(text, begin, stop)
        ):
            continue
        spans.append(Span(begin, punct_end))
        begin = match.end()
    if begin < end:
        tail_start, tail_end = segmentation._trim(text, begin, end)
        if tail_end > tail_start:
            spans.append(Span(tail_start, tail_end))
    return spans


SENTENCE_PIECES = [
    ".", "..", "!", "?", "\u2026", " ", "  ", "\t", "\u00a0", '"', "'", "\u201d", "\u2019",
    "\u201c", ")", "(", "]", "A", "a", "3", "Mr", "U.S", "J", "\u00c9", "\u0416", "x.y",
]  # fmt: skip


@given(st.lists(st.sampled_from(SENTENCE_PIECES), max_size=16).map("".join))
@settings(max_examples=3000, deadline=None)
def test_boundaries_tried_at_the_marks_are_those_a_search_finds(text: str) -> None:
    for para in paragraphs(text):
        expected = searched_sentences(text, para.start, para.end)
        assert split_sentences(text, para.start, para.end) == expected


def reversed_run_abbreviation(text: str, begin: int, stop: int) -> bool:
    """_is_abbreviation as it was written first: the run before the full stop
    always found by the pattern over the reversed window."""
    run = segmentation._WORD_REVERSED.match(text[max(begin, stop - 20) : stop][::-1])
    if run is None:
        return False
    word = text[stop - run.end() : stop].lower()
    return (len(word) == 1 and word.isalpha()) or word in segmentation._ABBREVIATIONS


# words, abbreviations and what may stand in or around them: an underscore and
# a superscript digit (word characters), "\u0130" (lower-cased to two
# characters), spaces of other kinds, a dash, a bracket
RUN_PIECES = [
    " ", "\u00a0", "\t", "-", "(", "_", ".", "\u00b2", "\u0130", "I", "a", "Sen", "sen",
    "approx", "approxi", "U.S", "anniversary", "7", "\u00c9",
]  # fmt: skip


@given(st.lists(st.sampled_from(RUN_PIECES), max_size=12).map("".join), st.integers(0, 30))
@settings(max_examples=3000, deadline=None)
def test_abbreviation_read_from_the_last_space_is_the_reversed_runs(words: str, begin: int) -> None:
    text = words + ". Next"
    stop = len(words)
    begin = min(begin, stop)
    expected = reversed_run_abbreviation(text, begin, stop)
    assert segmentation._is_abbreviation(text, begin, stop) == expected


@given(st.lists(st.sampled_from([*SENTENCE_PIECES, "\n", " \n "]), max_size=20).map("".join))
@settings(max_examples=2000, deadline=None)
def test_marks_found_once_per_text_give_the_sentences_of_each_paragraph(text: str) -> None:
    expected = [
        span for para in paragraphs(text) for span in searched_sentences(text, para.start, para.end)
    ]
    assert list(sentences(text)) == expected


WIRE = (
    "WASHINGTON (AP) -- The Senate on Tuesday approved a bill that would cut\n"
    "the federal deficit by $1.2 trillion over the next decade, sending the\n"
    "measure to the president, who said he would sign it.\n"
    "\n"
    '"This is a good day for taxpayers," Senate Majority Leader Ann Lee said\n'
    'after the vote. "We did what we promised."\n'
    "\n"
    "Democrats said the cuts would hurt the poor and vowed to restore the\n"
    "funding next year.\n"
)


def test_a_text_wrapped_at_a_fixed_width_reads_as_its_paragraphs() -> None:
    flowing = unwrap(WIRE)
    assert len(flowing) == len(WIRE)
    assert [WIRE[p.start : p.end].count("\n") for p in paragraphs(flowing)] == [2, 1, 1]


def test_a_line_going_on_in_lower_case_continues_its_sentence() -> None:
    text = (
        "Obama, who called the attack an act of terrorism and a hate\n"
        "crime, renewed his call for gun laws.\n"
        "Republicans objected."
    )
    flowing = unwrap(text)
    assert [flowing[s.start : s.end] for s in sentences(flowing)] == [
        "Obama, who called the attack an act of terrorism and a hate crime, renewed his "
        "call for gun laws.",
        "Republicans objected.",
    ]


def test_lines_that_are_paragraphs_stay_apart() -> None:
    text = "Ann Lee won the vote.\nTom Ray conceded.\n\nTurnout was low."
    assert unwrap(text) is text


@given(st.text(alphabet="ab .,\n\t\r-A", max_size=200))
@settings(max_examples=300, deadline=None)
def test_unwrapping_turns_line_breaks_into_spaces_and_nothing_else(text: str) -> None:
    flowing = unwrap(text)
    assert len(flowing) == len(text)
    assert all(a == b or (a == "\n" and b == " ") for a, b in zip(text, flowing, strict=True))


def test_a_wrapped_quote_and_claim_keep_the_texts_own_words() -> None:
    result = extract(WIRE)
    assert [(q.text, q.speaker) for q in result.quotes] == [
        ("This is a good day for taxpayers,", "Ann Lee"),
        ("We did what we promised.", "Ann Lee"),
    ]
    claim = next(c for c in result.claims if c.text.startswith("Democrats"))
    assert claim.text == WIRE[claim.start : claim.end]
    assert claim.text.endswith("restore the\nfunding next year.")
    assert claim.claimant == "Democrats"
