"""A source named after "according to" with full stops inside its name: a
title ("Mr.", "Sen."), an initial ("George W. Bush") or a dotted short form
("U.S."), on short texts written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Nora Vance runs it. Costs rose by a third, according to Ms. Vance.", "Nora Vance"),
        ("Costs rose by a third last year, according to Sen. Ann Lee of Ohio.", "Ann Lee"),
        ("Costs rose by a third, according to Carl W. Moss, the auditor.", "Carl W. Moss"),
        ("Costs rose by a third last year, according to U.S. trade records.", "U.S. trade records"),
    ],
)
def test_a_full_stop_inside_the_source_does_not_end_it(text: str, claimant: str) -> None:
    claim = claim_with(text, "Costs rose")
    assert claim.cue == "according to"
    assert claim.claimant == claimant


def test_the_source_still_ends_at_the_sentence_end() -> None:
    claim = claim_with("Costs rose by a third, according to the auditors.", "Costs rose")
    assert claim.claimant == "the auditors"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Sen. Ann Lee (D-Ore.) said the plan would fail.", "Ann Lee"),
        ("House Speaker Tom Bell (R-Wis.) told reporters the plan would fail.", "Tom Bell"),
        ("Sen. Ann Lee (Ore.) said the plan would fail.", "Ann Lee"),
        ("Rep. Tom Bell (Iowa) said the plan would fail.", "Tom Bell"),
    ],
)
def test_a_party_and_state_in_brackets_are_not_part_of_the_name(text: str, claimant: str) -> None:
    claim = claim_with(text, "the plan would fail")
    assert claim.claimant == claimant
    assert claim.claimant_mention is not None
    assert claim.claimant_mention.endswith(")")


def test_a_body_in_brackets_stays_in_the_claimant() -> None:
    claim = claim_with("Tom Bell (Reuters) said the plan would fail.", "the plan would fail")
    assert claim.claimant != "Tom Bell"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Ann Lee, a nurse from Dover, Delaware, said the plan would fail.", "Ann Lee"),
        ("Tom Roe, 54, of Ava, Mo., said the plan would fail.", "Tom Roe"),
        # a day before the comma is no town: the state is the claimant
        ("On Friday, Texas, leading nine states, said the plan would fail.", "Texas"),
    ],
)
def test_a_town_and_its_state_are_where_the_claimant_is_from(text: str, claimant: str) -> None:
    claim = claim_with(text, "the plan would fail")
    assert claim.claimant == claimant
    assert claim.claimant_mention == claimant  # the words of the subject, not the state


def test_a_bracket_opening_the_sentence_is_no_part_of_the_claimant() -> None:
    claim = claim_with("Costs rose. (A campaign spokeswoman disputed the count.)", "disputed")
    assert claim.claimant == "A campaign spokeswoman"
    assert claim.claimant_mention == "A campaign spokeswoman"
