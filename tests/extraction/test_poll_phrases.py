"""A poll named inside a sentence ("... in a CNN poll") is its claimant
(reports/patterns.py, _IN_POLL), on short texts written for the tests."""

from __future__ import annotations

import pytest

from verify.extraction.pipeline import extract


def _attributed(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.claimant_mention, c.cue) for c in extract(text).claims if c.claimant]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a quantifier instead of an article
        (
            "Ada Lund has led Ivo Marsh in just about every harbour poll this year.",
            "just about every harbour poll",
        ),
        ("Ada Lund stays well ahead of Ivo Marsh in latest poll.", "latest poll"),
        ("Ada Lund leads in most Harbourtown polls.", "most Harbourtown polls"),
        # a long name, and the noun capitalised in it
        (
            "Ada Lund led Ivo Marsh in an NBC News/Harbour Times/Marist South Shore County poll.",
            "an NBC News/Harbour Times/Marist South Shore County poll",
        ),
        (
            "The mayor's approval rating in the latest Harbour Times-WKRP News Poll is 53%.",
            "the latest Harbour Times-WKRP News Poll",
        ),
    ],
)
def test_a_poll_inside_the_sentence_is_the_claimant(text: str, mention: str) -> None:
    assert _attributed(text) == [(mention, "in")]


@pytest.mark.parametrize(
    "text",
    [
        # polls where votes are cast, and a phrase of its own before them
        "The pier will open on April 26, when voters in Harbourtown head to the polls.",
        "Ada Lund sits in South Harbour atop the polls.",
        "The pier opened in the days after the Harbourtown polls.",
        "Ada Lund was mocked in the press and polls.",
    ],
)
def test_polls_in_another_phrase_report_nothing(text: str) -> None:
    assert _attributed(text) == []
