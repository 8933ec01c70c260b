"""Quotes listed together ("known as “A” or “B”") share a speaker, or share
having none, on short texts written for the tests."""

from __future__ import annotations

from tests.extraction.helpers import speakers


def test_a_name_listed_after_a_name_has_no_speaker_either() -> None:
    text = (
        "Weeds cover the greens of many courses, known as \u201crabbit patches\u201d "
        "or \u201cthe goat farms.\u201d"
    )
    assert speakers(text) == [("rabbit patches", None, None), ("the goat farms.", None, None)]


def test_listed_quotes_keep_the_speaker_the_first_one_has() -> None:
    text = "Ana Ruiz called her rivals \u201cthieves\u201d and \u201cliars\u201d on Monday."
    assert speakers(text) == [("thieves", "Ana Ruiz", "called"), ("liars", "Ana Ruiz", "called")]


def test_a_quote_with_its_own_cue_keeps_its_speaker() -> None:
    text = (
        "Ana Ruiz called it \u201ca failure,\u201d and \u201cit will pass,\u201d "
        "Tom Ray said on Monday."
    )
    assert [speaker for _, speaker, _ in speakers(text)] == ["Ana Ruiz", "Tom Ray"]
