"""Claimants inside a clause: a relative "who" with no comma before it stands
for the group the clause describes, and a cue joined by "and" to a
subordinate clause's verb has that clause's subject, not a name elsewhere in
the sentence (texts written for the tests)."""

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


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "The crowd cheered when Ada Lund spotted a sign and asked that the pier be reopened.",
            "Ada Lund",
        ),
        ("The crowd groaned because Ada Lund stood up and said the pier was unsafe.", "Ada Lund"),
        ("When Ada Lund spoke, the crowd cheered and said the pier was safe.", "the crowd"),
    ],
)
def test_a_cue_joined_to_a_subordinate_verb_has_its_subject(text: str, claimant: str) -> None:
    assert claim_with(text, "pier").claimant == claimant


def test_a_second_relative_joined_by_and_shares_the_first_ones_antecedent() -> None:
    text = (
        "Senator Ben Ray, who last year threatened to close the harbour over funding for "
        "Harbour Watch, and who has been hoping to win votes, quickly went up with an ad "
        "about the pier."
    )
    claim = claim_with(text, "hoping")
    assert claim.claimant == "Ben Ray"


def test_a_clause_without_a_cue_before_a_contrast_is_the_articles_own() -> None:
    text = (
        "Gov. Ada Lund on Monday signed an order closing the pier, while Ben Ray "
        "proposed that the pier be rebuilt and said the council should act."
    )
    claims = extract(text).claims
    assert [c.claimant for c in claims] == [None, "Ben Ray"]
    assert claims[0].text.endswith("closing the pier")
