"""Whom a "he" or "she" beside a sentence's opening subordinate clause stands
for (``fronted_clauses``), for quote speakers and claimants."""

from __future__ import annotations

from tests.extraction.helpers import claim_with, mentions


def test_a_pronoun_opening_the_clause_is_the_main_clauses_subject() -> None:
    # "he" comes before the name it stands for, not after Tom Vance's
    text = (
        "Tom Vance opened the fair on Friday.\n\n"
        "After he called the plan \u201ca disgrace,\u201d Ben Okafor left the hall."
    )
    assert mentions(text)[-1] == ("Ben Okafor", "he")


def test_in_what_a_pronoun_called_is_the_main_clauses_subject() -> None:
    text = (
        "Tom Vance spoke in Maine on Monday. In what he called a \u201cfinal warning,\u201d "
        "Ben Okafor said the depot would close."
    )
    assert mentions(text)[-1] == ("Ben Okafor", "he")


def test_a_pronoun_opening_the_main_clause_is_the_opening_clauses_subject() -> None:
    # the nearest man named before "he" is the owner in the opening clause
    text = (
        "Tom Vance backs the depot plan. While Ben Okafor shares many of Tom Vance's "
        "views, especially on roads, he said the depot would close."
    )
    claim = claim_with(text, "depot would close")
    assert (claim.claimant, claim.claimant_mention) == ("Ben Okafor", "he")


def test_a_main_clause_of_someone_else_keeps_the_pronoun_to_the_look_back() -> None:
    # "she" sits in Ann Lee's clause, not right after the opening clause
    text = (
        "Ann Lee spoke first. When Eva Cruz, at a debate in 1973, asked her to resign, "
        "Ann Lee replied that she was glad because, she said, it showed \u201chow "
        "intolerant\u201d the others were."
    )
    assert mentions(text)[-1] == ("Ann Lee", "she")


def test_a_pronoun_after_as_for_a_name_is_that_person() -> None:
    text = (
        "Sen. Ben Okafor spoke first. \u201cIt would be a disaster,\u201d the Ohio senator "
        "said.\n\nAs for Tom Vance, he said the depot would close."
    )
    claim = claim_with(text, "depot would close")
    assert (claim.claimant, claim.claimant_mention) == ("Tom Vance", "he")
