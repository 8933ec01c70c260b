"""Paragraphs and sentences with exact offsets."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from verify.extraction.segmentation import Span, paragraphs, sentence_at, sentences


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
