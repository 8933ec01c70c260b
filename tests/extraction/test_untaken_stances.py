"""A stance negated or refused ("has yet to endorse", "declined to back")
is the article's statement about someone, not a view of theirs (texts
written for the tests)."""

from __future__ import annotations

import pytest

from verify.extraction.pipeline import extract


@pytest.mark.parametrize(
    "text",
    [
        "Ada Lund has yet to endorse the harbour plan.",
        "Ada Lund declined to back the harbour plan.",
        "Ada Lund has not endorsed the harbour plan.",
        "Ada Lund stopped short of endorsing the harbour plan.",
        "Ada Lund has yet to say whether she backs the harbour plan.",
    ],
)
def test_an_untaken_stance_has_no_claimant(text: str) -> None:
    assert [c.claimant for c in extract(text).claims] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Ada Lund endorsed the harbour plan.",
        "Ada Lund did not endorse the harbour plan but said it had merit.",
    ],
)
def test_a_stance_taken_or_a_saying_after_keeps_the_claimant(text: str) -> None:
    assert extract(text).claims[0].claimant == "Ada Lund"
