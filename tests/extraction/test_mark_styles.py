"""One article, quoted in each style a feed may use: every style gives the
same quotes, kinds and speakers as curly double marks."""

from __future__ import annotations

import pytest

from verify.extraction.pipeline import extract
from verify.extraction.quotes import extract_quotes

ARTICLE = (
    "Ann Lee said: {o}We will not give in.{c} Tom Ray agreed. {o}Never,{c} he said. "
    "{o}The attack,{c} Lee said, {o}was aimed at the port.{c}\n\n"
    "The minister called the deal {o}a betrayal{c} on Monday."
)
EXPECTED = [
    ("We will not give in.", "direct", "Ann Lee", "Ann Lee"),
    ("Never,", "direct", "Tom Ray", "he"),
    ("The attack,", "direct", "Ann Lee", "Lee"),
    ("was aimed at the port.", "direct", "Ann Lee", "Lee"),
    ("a betrayal", "partial", "The minister", "The minister"),
]
STYLES = [
    ("\u201c", "\u201d"),  # curly
    ("\u00ab", "\u00bb"),  # guillemets
    ("\u2039", "\u203a"),  # single guillemets
    ("\u00ab ", " \u00bb"),  # French spacing
    ("\u00ab\u00a0", "\u00a0\u00bb"),  # French spacing, no-break spaces
    ("\u2039\u202f", "\u202f\u203a"),  # narrow no-break spaces
    ("\u201e", "\u201c"),  # German
    ("\u201e", "\u201d"),  # Polish, Dutch
    ("\u00bb", "\u00ab"),  # German guillemets, pointing inwards
]


@pytest.mark.parametrize(("opening", "closing"), STYLES)
def test_every_quote_style_gives_the_same_quotes_and_speakers(opening: str, closing: str) -> None:
    text = ARTICLE.format(o=opening, c=closing)
    quotes = extract_quotes(text)[0]
    assert [(q.text, q.kind, q.speaker, q.speaker_mention) for q in quotes] == EXPECTED
    assert all(text[q.start : q.end] == q.text for q in quotes)


@pytest.mark.parametrize(("opening", "closing"), STYLES[1:])
def test_every_quote_style_gives_the_same_claims(opening: str, closing: str) -> None:
    def claims(text: str) -> list[tuple[str | None, str | None]]:
        return [(c.claimant, c.cue) for c in sorted(extract(text).claims, key=lambda c: c.start)]

    curly = ARTICLE.format(o="\u201c", c="\u201d")
    assert claims(ARTICLE.format(o=opening, c=closing)) == claims(curly)


def test_a_single_guillemet_quote_nested_in_guillemets_stays_inside() -> None:
    text = "\u00abShe told me \u2039never again\u203a on Monday,\u00bb Ann Lee said."
    quotes = extract_quotes(text)[0]
    assert [(q.text, q.speaker) for q in quotes] == [
        ("She told me \u2039never again\u203a on Monday,", "Ann Lee")
    ]


def test_single_curly_marks_inside_single_guillemets_stay_inside() -> None:
    text = (
        "Ann Lee said: \u2039She told me \u2018no\u2019 twice, and the workers\u2019 "
        "union agreed.\u203a"
    )
    quotes = extract_quotes(text)[0]
    assert [(q.text, q.speaker) for q in quotes] == [
        ("She told me \u2018no\u2019 twice, and the workers\u2019 union agreed.", "Ann Lee")
    ]
