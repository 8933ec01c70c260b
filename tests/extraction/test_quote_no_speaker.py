"""Quoted words that a passive report gives no one ("was said to be “…”")
or that a crowd calls out ("to chants of “…”") have no speaker, on short
texts written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import speakers


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The interview went badly. Tom Ray, the party chairman, was said to be "
            "\u201cfurious\u201d with the mayor.",
            "furious",
        ),
        (
            "Ana Ruiz won the race by sending what has been described as a "
            "\u201cpolitical army\u201d into the state.",
            "political army",
        ),
        (
            "Walking into the office to chants of \u201cAna! Ana!,\u201d the mayor said "
            "her campaign was strong.",
            "Ana! Ana!,",
        ),
        (
            "Fans lined the street. There were near-constant calls of \u201cGo Ana\u201d "
            "as Tom Ray, a neighbour, said the town loved her.",
            "Go Ana",
        ),
    ],
)
def test_words_no_one_in_the_text_is_said_to_have_said_have_no_speaker(
    text: str, words: str
) -> None:
    assert speakers(text) == [(words, None, None)]


def test_the_agent_after_a_passive_report_is_the_speaker() -> None:
    text = (
        "Ana Ruiz won the race with what has been described as a "
        "\u201cpolitical army\u201d by Tom Ray."
    )
    assert [speaker for _, speaker, _ in speakers(text)] == ["Tom Ray"]


def test_chants_a_subject_responds_with_are_the_subjects() -> None:
    text = "Ana Ruiz responded with chants of \u201cfour more years\u201d on Monday."
    assert speakers(text) == [("four more years", "Ana Ruiz", "responded")]


def test_words_listed_after_called_out_ones_were_called_out_too() -> None:
    text = (
        "\u201cOh my,\u201d a young woman exclaimed. There were near-constant calls of "
        "\u201cGo Ana\u201d and \u201cLove you, Ana\u201d as she passed."
    )
    assert [speaker for _, speaker, _ in speakers(text)] == ["a young woman", None, None]
