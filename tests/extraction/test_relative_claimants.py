"""A relative "who" with no comma before it: the claimant is the group the
clause describes, not a name elsewhere in the sentence (texts written for
the tests)."""

from __future__ import annotations

import pytest

from verify.extraction.pipeline import extract
from verify.extraction.types import Claim


def claim_with(text: str, words: str) -> Claim:
    return next(c for c in extract(text).claims if words in c.text)


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Ada Lund met on Monday with harbour workers who said the pier was unsafe.",
            "harbour workers",
        ),
        (
            "Mayor Ada Lund drew support from those who said the pier was unsafe.",
            "those",
        ),
        (
            "Mayor Ada Lund was sharply critical of Republicans who suggest the pier is safe.",
            "Republicans",
        ),
    ],
)
def test_a_group_before_who_is_the_claimant(text: str, claimant: str) -> None:
    assert claim_with(text, "pier").claimant == claimant


@pytest.mark.parametrize(
    "text",
    [
        "Ben Ray, the harbour editor who wrote the report, said the pier was unsafe.",
        "Ben Ray, who chairs the board, and who wrote the report, said the pier was unsafe.",
    ],
)
def test_an_appositive_or_a_second_relative_keeps_the_name(text: str) -> None:
    assert claim_with(text, "pier").claimant == "Ben Ray"
