"""Quoted words that a passive report gives no one ("was said to be “…”")
have no speaker, on short texts written for the tests."""

from __future__ import annotations

from tests.extraction.helpers import speakers


def test_words_someone_was_said_to_feel_have_no_speaker() -> None:
    text = (
        "The interview went badly. Tom Ray, the party chairman, was said to be "
        "\u201cfurious\u201d with the mayor."
    )
    assert speakers(text) == [("furious", None, None)]


def test_a_description_no_one_is_said_to_give_has_no_speaker() -> None:
    text = (
        "Ana Ruiz won the race by sending what has been described as a "
        "\u201cpolitical army\u201d into the state."
    )
    assert speakers(text) == [("political army", None, None)]


def test_the_agent_after_a_passive_report_is_the_speaker() -> None:
    text = (
        "Ana Ruiz won the race with what has been described as a "
        "\u201cpolitical army\u201d by Tom Ray."
    )
    assert [speaker for _, speaker, _ in speakers(text)] == ["Tom Ray"]
