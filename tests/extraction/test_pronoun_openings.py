"""Pronoun claimants: a "he" or "she" in a phrase opening the sentence stands
for the person named after the opening's comma; a "they" for the plural
subject before its verb (texts written for the tests)."""

from __future__ import annotations

import pytest

from verify.extraction.pipeline import extract


@pytest.mark.parametrize(
    "text",
    [
        "Tom Ray spoke first. Even as he accused the board of favouring the pier, "
        "Ben Ray would not speculate about the vote.",
        "Tom Ray spoke first. Though he said the pier was unsafe, Ben Ray voted to keep it.",
    ],
)
def test_the_name_after_the_opening_is_the_pronouns_claimant(text: str) -> None:
    claim = next(c for c in extract(text).claims if c.claimant_mention == "he")
    assert claim.claimant == "Ben Ray"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Investors see a one-in-five chance that the harbour board will close the pier, "
            "implying that they expect the pier to fail.",
            "Investors",
        ),
        (
            "Harbour workers bristle at the suggestion that the pier is unsafe, they insist.",
            "Harbour workers",
        ),
    ],
)
def test_a_they_stands_for_the_plural_subject_before_its_verb(text: str, claimant: str) -> None:
    claim = next(c for c in extract(text).claims if c.claimant_mention == "they")
    assert claim.claimant == claimant
